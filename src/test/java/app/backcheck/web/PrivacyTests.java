package app.backcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import app.backcheck.SiteClient;
import app.backcheck.triage.TestAnswers;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No answer reaches a log line, even with the web logging turned up to DEBUG: a whole
 * check is walked (with a validation error, a share link and failed API calls) and the
 * captured output holds none of the answers.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class PrivacyTests {

	/**
	 * Turned up to DEBUG for the walk, and back afterwards: levels are shared by every
	 * test in the JVM.
	 */
	private static final List<String> LOUD = List.of("org.springframework.web", "org.springframework.security",
			"app.backcheck");

	@Autowired
	private LoggingSystem logging;

	/** Answers no log line could hold by chance. */
	private static final TestAnswers ANSWERS = TestAnswers.baseline()
		.with("warningSigns=UNEXPLAINED_WEIGHT_LOSS, CANCER_HISTORY; painLocation=LOWER_ONE_SIDE; "
				+ "worseWhen=HARD_EFFORT_CRAMP; longestRun=UP_TO_HALF_MARATHON; drinking=ON_A_SCHEDULE");

	private static final List<String> SECRETS = List.of("UNEXPLAINED_WEIGHT_LOSS", "CANCER_HISTORY", "LOWER_ONE_SIDE",
			"HARD_EFFORT_CRAMP", "UP_TO_HALF_MARATHON", "ON_A_SCHEDULE", "SADDLE_NUMBNESS", "severity-is-awful",
			"warningSigns=", "painLocation");

	@LocalServerPort
	private int port;

	@Test
	void aWholeCheckShouldLeaveNoAnswerInTheLogs(CapturedOutput output) {
		LOUD.forEach((logger) -> this.logging.setLogLevel(logger, LogLevel.DEBUG));
		try {
			walkAWholeCheck();
		}
		finally {
			LOUD.forEach((logger) -> this.logging.setLogLevel(logger, null));
		}
		assertThat(output.getAll()).contains("DEBUG", "Completed 200 OK").doesNotContain(SECRETS);
	}

	private void walkAWholeCheck() {
		SiteClient site = new SiteClient(this.port);
		Document page = Jsoup.parse(site.get("/check/emergency-signs").body());
		while (!page.select("form").attr("action").equals("/check/result")) {
			page = Jsoup.parse(site.submit(page, ANSWERS, SiteClient.CONTINUE).body());
		}
		Jsoup.parse(site
			.submit(Jsoup.parse(site.get("/check/emergency-signs").body()),
					ANSWERS.with("emergencySigns", "NONE").with("severity", "severity-is-awful"), SiteClient.CONTINUE)
			.body());
		Document result = Jsoup.parse(site.submit(page, ANSWERS, "button.app-button").body());
		String link = result.select(".app-share a").attr("href");
		assertThat(site.get(link).statusCode()).isEqualTo(200);
		assertThat(site.get(link + "/summary").statusCode()).isEqualTo(200);
		site.submit(Jsoup.parse(site.get("/check/emergency-signs").body()),
				TestAnswers.baseline().with("emergencySigns", "SADDLE_NUMBNESS"), SiteClient.CONTINUE);
		HttpResponse<String> badApi = api("{\"painLocation\":\"LOWER_ONE_SIDE\",\"severity\":\"severity-is-awful\","
				+ "\"warningSigns\":[\"CANCER_HISTORY\"]}");
		assertThat(badApi.statusCode()).isEqualTo(400);
		assertThat(api("{\"warningSigns\":[\"UNEXPLAINED_WEIGHT_LOSS\"], broken").statusCode()).isEqualTo(400);
	}

	@Test
	void thePrivacyPageShouldSayWhatIsKeptWhoCanSeeASharedResultAndWhatSendingKeeps() {
		Document page = Jsoup.parse(new SiteClient(this.port).get("/privacy").body());
		assertThat(page.select("h1").text()).isEqualTo("Privacy");
		assertThat(page.select("h2").eachText()).containsExactly("What we keep", "How your answers travel",
				"What leaves your browser", "Who can see a shared result",
				"If you send your answers to a clinic or club", "On a clinic tablet");
		assertThat(page.text()).contains("Anyone who has the link can open the result",
				"Only that clinic's or club's staff can read them", "never more than 90");
	}

	private HttpResponse<String> api(String body) {
		SiteClient site = new SiteClient(this.port);
		return site.send(HttpRequest.newBuilder(site.uri("/api/v1/assessments"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

}
