package app.backcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import app.backcheck.triage.Question;
import app.backcheck.triage.Questionnaire;
import app.backcheck.triage.TestAnswers;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole site on a real server: a check walked page by page as a browser would, sending back exactly the form
 * fields each page holds, and the API's error answers from the container.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BackCheckApplicationTests {

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

	@LocalServerPort
	private int port;

	@Test
	void aRunnerCanWalkAWholeCheckFromStartToResultWithoutASession() throws Exception {
		TestAnswers answers = TestAnswers.baseline()
			.with("warningSigns=NIGHT_OR_REST_PAIN; painLocation=LOWER_MIDDLE; archedBack=YES; age=28");
		HttpResponse<String> response = get("/");
		assertThat(response.statusCode()).isEqualTo(200);
		response = get(Jsoup.parse(response.body()).select("a.app-button--start").attr("href"));
		Document page = Jsoup.parse(response.body());
		int pages = 0;
		while (!page.select("form[action^=/check/]").attr("action").equals("/check/result")) {
			page = submit(page, answers, "button.app-button:not(.app-button--secondary)");
			pages++;
			assertThat(page.select(".app-error-summary")).as("errors on page %d", pages).isEmpty();
		}
		assertThat(pages).isEqualTo(6);
		assertThat(page.select("h1").text()).isEqualTo("Check your answers");
		// Check your answers holds no questions, only the answers as hidden fields: those decide the result
		Document result = submit(page, TestAnswers.baseline().with("age", "99"), "button.app-button");
		assertThat(result.select("h1").text()).isEqualTo("Your result");
		assertThat(result.select(".app-card--urgent .app-card__heading").text()).isEqualTo("Speak to a doctor today");
		assertThat(result.select(".app-card li").text())
			.isEqualTo("Pain that does not ease with rest, or is worse at night");
		assertThat(result.select(".app-cause h3").first().text()).isEqualTo("Facet joint irritation Likely");
		assertThat(result.select(".app-summary__row:contains(How old are you?) dd").text()).isEqualTo("28");
	}

	@Test
	void anEmergencySignOnTheFirstPageEndsTheCheck() throws Exception {
		Document first = Jsoup.parse(get("/check/emergency-signs").body());
		Document stop = submit(first, TestAnswers.baseline().with("emergencySigns", "BLADDER_OR_BOWEL_CHANGE"),
				"button.app-button");
		assertThat(stop.select("h1").text()).isEqualTo("Get help now");
		assertThat(stop.select("form")).isEmpty();
	}

	@Test
	void theApiAnswersProblemDetailsForContainerErrors() throws Exception {
		HttpResponse<String> unsupported = send(HttpRequest.newBuilder(uri("/api/v1/assessments"))
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("x")));
		assertThat(unsupported.statusCode()).isEqualTo(415);
		assertThat(unsupported.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(unsupported.body()).contains("\"status\":415").doesNotContain("exception", "trace");
		HttpResponse<String> notFound = send(HttpRequest.newBuilder(uri("/api/v1/nothing-here"))
			.header("Accept", "application/json"));
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(notFound.body()).contains("\"title\":\"Not Found\"");
	}

	@Test
	void unknownPagesGetTheSitesOwnNotFoundPage() throws Exception {
		HttpResponse<String> notFound = send(HttpRequest.newBuilder(uri("/no-such-page")).header("Accept", "text/html"));
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(notFound.body()).select("h1").text()).isEqualTo("Page not found");
	}

	/**
	 * Submits a page's form as a browser would: its hidden fields as they are, and for each visible question on it
	 * the values from {@code answers} (an empty set ticks "None of these").
	 */
	private Document submit(Document page, TestAnswers answers, String buttonSelector)
			throws IOException, InterruptedException {
		Element form = page.selectFirst("form");
		Element button = form.selectFirst(buttonSelector);
		String action = button.hasAttr("formaction") ? button.attr("formaction") : form.attr("action");
		List<String> fields = new ArrayList<>();
		form.select("input[type=hidden]").forEach((input) -> fields.add(field(input.attr("name"), input.val())));
		for (Question question : Questionnaire.QUESTIONS) {
			if (!form.select("input[name=" + question.field() + "]:not([type=hidden])").isEmpty()) {
				List<String> values = answers.raw().get(question.field());
				(values.isEmpty() ? List.of("NONE") : values)
					.forEach((value) -> fields.add(field(question.field(), value)));
			}
		}
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(String.join("&", fields))));
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().allValues("Set-Cookie")).as("cookies").isEmpty();
		return response;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String field(String name, String value) {
		return List.of(name, value).stream()
			.map((part) -> URLEncoder.encode(part, StandardCharsets.UTF_8))
			.collect(Collectors.joining("="));
	}

}
