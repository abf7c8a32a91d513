package app.backcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import app.backcheck.triage.TestAnswers;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Spanish edition on a running site: every page speaks the browser's language, the
 * switch on every page opens the same page in the other language with every answer kept,
 * and the choice travels with the person through the check.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LanguageTests {

	/** Common English words: none belongs in a Spanish page. */
	private static final Pattern ENGLISH_WORDS = Pattern.compile(
			"\\b(the|you|your|and|what|with|this|that|pain|back|doctor|answers?|check|result|not|help)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final String SWITCH = "header .app-header__language";

	@LocalServerPort
	private int port;

	@Test
	void everyPageShouldBeInSpanishWhenTheBrowserAsksForIt() {
		List<String> sentences = englishSentences();
		assertThat(sentences).hasSizeGreaterThan(150);
		SiteClient site = new SiteClient(this.port, "Accept-Language", "es-MX,es;q=0.9,en;q=0.5");
		Map<String, HttpResponse<String>> pages = PageTour.visitEveryPage(site);
		String shareLink = parse(pages.get("result-urgent")).select(".app-share__link a").attr("href");
		pages.put("shared-result", site.get(shareLink));
		pages.put("clinician-summary", site.get(shareLink + "/summary"));
		pages.put("link-not-valid", site.get("/results/not-a-link"));
		pages.put("kiosk-start", site.get("/kiosk"));
		pages.put("kiosk-emergency-stop", site.submit(parse(site.get("/check/emergency-signs?kiosk=true")),
				TestAnswers.baseline().with("emergencySigns", "BOTH_LEGS"), SiteClient.CONTINUE));
		pages.forEach((name, response) -> {
			Document page = Jsoup.parse(response.body());
			assertThat(page.select("html").attr("lang")).as(name).isEqualTo("es");
			assertThat(response.headers().firstValue("Content-Language")).as(name).hasValue("es");
			assertThat(page.select(SWITCH).text()).as(name).isEqualTo("English");
			assertThat(page.select(SWITCH).attr("lang")).as(name).isEqualTo("en");
			// Published guidance keeps its English title, marked as English; the share
			// link is an address, not words
			page.select("[lang=en], .app-share__link, " + SWITCH).remove();
			String text = page.text();
			assertThat(ENGLISH_WORDS.matcher(text).results().map(MatchResult::group).toList())
				.as("English words on %s", name)
				.isEmpty();
			assertThat(sentences).as("English sentences on %s", name).noneMatch(text::contains);
		});
	}

	@Test
	void theSwitchShouldOpenTheSamePageInTheOtherLanguageAndTheChoiceShouldTravelOn() {
		SiteClient site = new SiteClient(this.port, "Accept-Language", "es");
		Document start = parse(site.get("/?from=Riverside+Harriers"));
		assertThat(start.select("h1").text()).isEqualTo("Revise su dolor en la parte baja de la espalda");
		Element toEnglish = start.selectFirst(SWITCH);
		assertThat(toEnglish.attr("href")).isEqualTo("/?from=Riverside+Harriers&lang=en");
		assertThat(toEnglish.attr("hreflang")).isEqualTo("en");

		Document english = parse(site.get(toEnglish.attr("href")));
		assertThat(english.select("html").attr("lang")).isEqualTo("en");
		assertThat(english.select("h1").text()).isEqualTo("Check your lower back pain");
		assertThat(english.select(".app-shared-by").text()).isEqualTo("Shared with you by Riverside Harriers.");
		assertThat(english.select(SWITCH).attr("href")).isEqualTo("/?from=Riverside+Harriers&lang=es");
		assertThat(english.select("footer a").eachAttr("href")).containsExactly("/how-it-decides?lang=en",
				"/privacy?lang=en");
		String startNow = english.select("a.app-button--start").attr("href");
		assertThat(startNow).isEqualTo("/check?lang=en");

		Document first = parse(site.get(startNow));
		assertThat(first.select("html").attr("lang")).isEqualTo("en");
		assertThat(first.select("form#answers").attr("action")).isEqualTo("/check/emergency-signs?lang=en");
		Document second = parse(site.submit(first, TestAnswers.baseline(), SiteClient.CONTINUE));
		assertThat(second.select("h1").text()).isEqualTo("Do you have any of these signs that a doctor should check?");
		assertThat(parse(site.get("/privacy?lang=en")).select("h1").text()).isEqualTo("Privacy");
	}

	@Test
	void theSwitchOnAQuestionPageShouldKeepEveryAnswerIncludingThoseNotYetSent() {
		SiteClient site = new SiteClient(this.port);
		Document page = parse(site.get("/check/emergency-signs"));
		page = parse(site.submit(page, PageTour.SEE_DOCTOR, SiteClient.CONTINUE));
		page = parse(site.submit(page, PageTour.SEE_DOCTOR, SiteClient.CONTINUE));
		assertThat(page.select("h1").text()).isEqualTo("Where it hurts");

		Document spanish = parse(site.submit(page, PageTour.SEE_DOCTOR.with("severity", "7"), SWITCH));
		assertThat(spanish.select("html").attr("lang")).isEqualTo("es");
		assertThat(spanish.select("h1").text()).isEqualTo("Dónde le duele");
		assertThat(spanish.select("input[name=severity]").val()).isEqualTo("7");
		assertThat(spanish.select("input[name=painLocation][checked]").val()).isEqualTo("LOWER_ONE_SIDE");
		assertThat(spanish.select("input[type=hidden][name=emergencySigns]").val()).isEqualTo("NONE");
		assertThat(spanish.select("input[type=hidden][name=warningSigns]").val()).isEqualTo("NONE");
		assertThat(spanish.select("form#answers").attr("action")).isEqualTo("/check/where-it-hurts?lang=es");
		assertThat(spanish.select(".app-error-summary")).isEmpty();

		for (int i = 0; i < 5; i++) {
			spanish = parse(site.submit(spanish, PageTour.SEE_DOCTOR, SiteClient.CONTINUE));
		}
		assertThat(spanish.select("h1").text()).isEqualTo("Revise sus respuestas");
		Document result = parse(site.submit(spanish, PageTour.SEE_DOCTOR, SiteClient.CONTINUE));
		assertThat(result.select("html").attr("lang")).isEqualTo("es");
		assertThat(result.select("h1").text()).isEqualTo("Su resultado");
		assertThat(result.select(".app-card h2").text()).isEqualTo("Pida una cita con un médico o un fisioterapeuta");

		Document englishResult = parse(site.submit(result, PageTour.SEE_DOCTOR, SWITCH));
		assertThat(englishResult.select("html").attr("lang")).isEqualTo("en");
		assertThat(englishResult.select("h1").text()).isEqualTo("Your result");
		assertThat(englishResult.select(".app-card").attr("class")).isEqualTo(result.select(".app-card").attr("class"));
		assertThat(englishResult.select(".app-cause .app-tag").eachAttr("class"))
			.isEqualTo(result.select(".app-cause .app-tag").eachAttr("class"));
		assertThat(englishResult.select(".app-summary dd").eachText()).hasSize(25).contains("8");
	}

	@Test
	void theSwitchOnCheckYourAnswersAChangedPageAndTheEmergencyStopShouldShowThemAgain() {
		SiteClient site = new SiteClient(this.port);
		Document page = parse(site.get("/check/emergency-signs"));
		Document stop = parse(
				site.submit(page, TestAnswers.baseline().with("emergencySigns", "CHEST_PAIN"), SiteClient.CONTINUE));
		Document spanishStop = parse(site.submit(stop, TestAnswers.baseline(), SWITCH));
		assertThat(spanishStop.select("h1").text()).isEqualTo("Pida ayuda ahora mismo");
		assertThat(spanishStop.select("main li").eachText()).containsExactly("Dolor en el pecho");

		for (int i = 0; i < 7; i++) {
			page = parse(site.submit(page, PageTour.SEE_DOCTOR, SiteClient.CONTINUE));
		}
		assertThat(page.select("h1").text()).isEqualTo("Check your answers");
		Document answers = parse(site.submit(page, PageTour.SEE_DOCTOR, SWITCH));
		assertThat(answers.select("h1").text()).isEqualTo("Revise sus respuestas");
		assertThat(answers.select(".app-summary > div")).hasSize(25);
		assertThat(answers.select("main button[name=change]").eachAttr("formaction"))
			.allMatch((action) -> action.startsWith("/check/change?lang=es#question-"));

		Document changing = parse(site.submit(answers, PageTour.SEE_DOCTOR, "main button[value=your-running]"));
		assertThat(changing.select("input[name=returnTo]").val()).isEqualTo("answers");
		Document englishChanging = parse(site.submit(changing, PageTour.SEE_DOCTOR, SWITCH));
		assertThat(englishChanging.select("h1").text()).isEqualTo("You and your running");
		assertThat(englishChanging.select("input[name=returnTo]").val()).isEqualTo("answers");
		Document backToAnswers = parse(site.submit(englishChanging, PageTour.SEE_DOCTOR, SiteClient.CONTINUE));
		assertThat(backToAnswers.select("h1").text()).isEqualTo("Check your answers");
	}

	@Test
	void sharedResultsErrorPagesAndDownloadsShouldFollowTheReader() {
		SiteClient site = new SiteClient(this.port);
		Document page = parse(site.get("/check/emergency-signs"));
		for (int i = 0; i < 8; i++) {
			page = parse(site.submit(page, PageTour.URGENT, SiteClient.CONTINUE));
		}
		String link = page.select(".app-share__link a").attr("href");
		Document shared = parse(new SiteClient(this.port, "Accept-Language", "es").get(link));
		assertThat(shared.select("h1").text()).isEqualTo("Su resultado");
		assertThat(shared.select(SWITCH).attr("href")).isEqualTo(link + "?lang=en");
		assertThat(parse(site.get(link + "?lang=es")).select("a[download]").attr("href"))
			.isEqualTo("/api/v1" + link + "?lang=es");

		JsonNode download = JsonMapper.builder().build().readTree(site.get("/api/v1" + link + "?lang=es").body());
		assertThat(download.at("/questionnaireResponse/language").asString()).isEqualTo("es");
		assertThat(download.at("/questionnaireResponse/item/1/linkId").asString()).isEqualTo("warningSigns");
		assertThat(download.at("/questionnaireResponse/item/1/answer/0/valueCoding/display").asString())
			.isEqualTo("Fiebre (una temperatura de 38 °C o 100.4 °F, o más), o siente calor y escalofríos");
		assertThat(download.at("/assessment/urgency").asString()).isEqualTo("URGENT");
		assertThat(download.at("/assessment/urgencyReasons/0/text").asString()).startsWith("Fiebre");

		HttpResponse<String> missing = site.get("/no-such-page", "Accept", "text/html", "Accept-Language", "es");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(parse(missing).select("h1").text()).isEqualTo("No se encuentra la página");
		assertThat(parse(missing).select(SWITCH).attr("href")).isEqualTo("/no-such-page?lang=en");
		HttpResponse<String> elsewhere = site.get("//example.com/page", "Accept", "text/html");
		assertThat(parse(elsewhere).select(SWITCH).attr("href")).startsWith("/").doesNotStartWith("//");
	}

	/**
	 * A browser drops tabs and newlines from a link and reads a backslash as a slash: the
	 * language link of an error page must still lead to this site, whatever bytes the
	 * path held.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/%09/evil.example", "/%0D%0A/evil.example", "/%0A/evil.example", "/%5C/evil.example",
			"/%5C%5Cevil.example", "//evil.example", "/%2F/evil.example", "/%09%09/evil.example/x?y=1" })
	void theLanguageLinkOfAnyPageShouldStayOnThisSite(String path) {
		HttpResponse<String> page = new SiteClient(this.port).get(path, "Accept", "text/html");
		// Some of these are refused as bad requests; the others reach the page-not-found
		// page
		assertThat(page.statusCode()).as(path).isIn(400, 404);
		String href = parse(page).select(SWITCH).attr("href");
		if (page.statusCode() == 404) {
			assertThat(href).as(path).isNotEmpty();
		}
		String asBrowserReadsIt = href.replaceAll("[\\t\\n\\r]", "").replace('\\', '/');
		if (!href.isEmpty()) {
			assertThat(asBrowserReadsIt).as(path).startsWith("/").doesNotStartWith("//");
		}
		assertThat(href).as(path).doesNotContain("\t", "\n", "\r", "\\");
	}

	@Test
	void pagesKeptInMemoryAndApiAnswersShouldVaryByLanguageButStaticFilesShouldNot() {
		SiteClient site = new SiteClient(this.port);
		for (String language : List.of("es", "en", "es", "en")) {
			HttpResponse<String> start = site.get("/", "Accept-Language", language);
			assertThat(parse(start).select("html").attr("lang")).isEqualTo(language);
			assertThat(start.headers().allValues("Vary"))
				.anySatisfy((vary) -> assertThat(vary).containsIgnoringCase("Accept-Language"));
		}
		HttpResponse<String> problem = site.send(HttpRequest.newBuilder(site.uri("/api/v1/assessments"))
			.header("Accept-Language", "es")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{")));
		assertThat(problem.statusCode()).isEqualTo(400);
		assertThat(problem.body()).contains("JSON mal formado");
		assertThat(problem.headers().firstValue("Content-Language")).hasValue("es");
		String stylesheet = parse(site.get("/")).select("link[rel=stylesheet]").attr("href");
		HttpResponse<String> css = site.get(stylesheet, "Accept-Language", "es");
		assertThat(css.headers().allValues("Vary"))
			.noneSatisfy((vary) -> assertThat(vary).containsIgnoringCase("Accept-Language"));
		assertThat(css.headers().firstValue("Content-Language")).isEmpty();
	}

	private static Document parse(HttpResponse<String> response) {
		return Jsoup.parse(response.body());
	}

	/**
	 * Each English message of four words or more, cut at its arguments: none belongs in a
	 * Spanish page.
	 */
	private static List<String> englishSentences() {
		return MessagesTests.load("/messages/messages.properties")
			.entrySet()
			.stream()
			.filter((entry) -> !entry.getKey().toString().startsWith("source."))
			.flatMap((entry) -> Pattern.compile("\\{[^}]*}").splitAsStream(entry.getValue().toString()))
			.map(String::strip)
			.filter((words) -> words.split("\\s+").length >= 4)
			.toList();
	}

}
