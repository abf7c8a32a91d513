package app.backcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import app.backcheck.triage.Section;
import app.backcheck.triage.TestAnswers;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole site on a real server: a check walked page by page as a browser would,
 * sending back exactly the form fields each page holds, and the API's error answers from
 * the container.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BackCheckApplicationTests {

	@LocalServerPort
	private int port;

	private SiteClient site;

	@BeforeEach
	void openSite() {
		this.site = new SiteClient(this.port);
	}

	@Test
	void aRunnerCanWalkAWholeCheckFromStartToResultWithoutASession() {
		TestAnswers answers = TestAnswers.baseline()
			.with("warningSigns=NIGHT_OR_REST_PAIN; painLocation=LOWER_MIDDLE; worseWhen=ARCHING_BACK; age=28");
		HttpResponse<String> response = this.site.get("/");
		assertThat(response.statusCode()).isEqualTo(200);
		response = this.site.get(Jsoup.parse(response.body()).select("a.app-button--start").attr("href"));
		Document page = Jsoup.parse(response.body());
		int pages = 0;
		while (!page.select("form").attr("action").equals("/check/result")) {
			response = submitWithoutCookies(page, answers, SiteClient.CONTINUE);
			page = Jsoup.parse(response.body());
			pages++;
			assertThat(page.select(".app-error-summary")).as("errors on page %d", pages).isEmpty();
		}
		assertThat(pages).isEqualTo(Section.values().length);
		assertThat(page.select("h1").text()).isEqualTo("Check your answers");
		// Check your answers holds no questions, only the answers as hidden fields: those
		// decide the result
		Document result = Jsoup
			.parse(submitWithoutCookies(page, TestAnswers.baseline().with("age", "99"), "button.app-button").body());
		assertThat(result.select("h1").text()).isEqualTo("Your result");
		assertThat(result.select(".app-card--urgent .app-card__heading").text()).isEqualTo("Speak to a doctor today");
		assertThat(result.select(".app-card li").text())
			.isEqualTo("Pain that does not ease with rest, or is worse at night");
		assertThat(result.select(".app-cause h3").first().text()).isEqualTo("Facet joint irritation Likely");
		assertThat(result.select(".app-summary > div:contains(How old are you?) dd").text()).isEqualTo("28");
	}

	@Test
	void anEmergencySignOnTheFirstPageEndsTheCheck() {
		Document first = Jsoup.parse(this.site.get("/check/emergency-signs").body());
		Document stop = Jsoup.parse(submitWithoutCookies(first,
				TestAnswers.baseline().with("emergencySigns", "BLADDER_OR_BOWEL_CHANGE"), SiteClient.CONTINUE)
			.body());
		assertThat(stop.select("h1").text()).isEqualTo("Get help now");
		// Nothing goes on with the check: the only form is the hidden one the language
		// switch posts to show this again
		assertThat(stop.select("form:not([hidden]), main button")).isEmpty();
		assertThat(stop.select("button[form=answers]").attr("value")).isEqualTo("result");
	}

	@Test
	void theApiAnswersProblemDetailsForContainerErrors() {
		HttpResponse<String> unsupported = this.site.send(HttpRequest.newBuilder(this.site.uri("/api/v1/assessments"))
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("x")));
		assertThat(unsupported.statusCode()).isEqualTo(415);
		assertThat(unsupported.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(unsupported.body()).contains("\"status\":415").doesNotContain("exception", "trace");
		HttpResponse<String> notFound = this.site.get("/api/v1/nothing-here", "Accept", "application/json");
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(notFound.body()).contains("\"title\":\"Not Found\"");
	}

	@Test
	void unknownPagesGetTheSitesOwnNotFoundPage() {
		HttpResponse<String> notFound = this.site.get("/no-such-page", "Accept", "text/html");
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(notFound.body()).select("h1").text()).isEqualTo("Page not found");
	}

	private HttpResponse<String> submitWithoutCookies(Document page, TestAnswers answers, String button) {
		HttpResponse<String> response = this.site.submit(page, answers, button);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).as("cookies").isEmpty();
		return response;
	}

}
