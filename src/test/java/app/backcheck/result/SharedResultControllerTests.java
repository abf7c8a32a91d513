package app.backcheck.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import app.backcheck.Pages;
import app.backcheck.result.ShareTokens;
import app.backcheck.result.SharedCheck;
import app.backcheck.triage.TestAnswers;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
class SharedResultControllerTests {

	private static final TestAnswers ANSWERS = TestAnswers.baseline().with("unevenLanding=YES; age=44; severity=8");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ShareTokens tokens;

	@Test
	void resultShouldOfferALinkThatReopensTheSameResult() {
		MvcTestResult result = this.mvc.perform(post("/check/result", ANSWERS));
		assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("no-referrer");
		Document page = Jsoup.parse(body(result));
		assertThat(page.select(".app-share h2").text()).isEqualTo("Share this result");
		assertThat(page.select(".app-share").text()).contains("Anyone with the link can see your answers");
		String link = page.select(".app-share a").attr("href");
		assertThat(link).matches("/results/[A-Za-z0-9_-]+");
		assertThat(page.select(".app-share a").text()).isEqualTo("Link to this result");
		assertThat(page.select(".app-share__address").text()).isEqualTo("http://localhost" + link);

		MvcTestResult reopened = this.mvc.get().uri(link).exchange();
		assertThat(reopened).hasStatusOk().hasViewName(ResultPages.RESULT_VIEW);
		assertThat(reopened.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(reopened.getResponse().getHeader("Referrer-Policy")).isEqualTo("no-referrer");
		Document shared = Jsoup.parse(body(reopened));
		assertThat(shared.select(".app-inset").first().text()).startsWith("This is a shared result of a check made on");
		assertThat(shared.select(".app-card__heading").text()).isEqualTo(page.select(".app-card__heading").text());
		assertThat(shared.select(".app-cause h3").eachText()).isEqualTo(page.select(".app-cause h3").eachText());
		assertThat(shared.select(".app-summary > div").eachText())
			.isEqualTo(page.select(".app-summary > div").eachText());
		assertThat(shared.select(".app-share")).isEmpty();
	}

	@Test
	void summaryShouldListReferenceDateUrgencyRuleIdsAndEveryAnswer() {
		String link = Jsoup.parse(body(this.mvc.perform(post("/check/result", ANSWERS))))
			.select(".app-share a")
			.attr("href");
		Document summary = page(this.mvc.get().uri(link + "/summary"));
		assertThat(summary.select("h1").text()).isEqualTo("BackCheck summary");
		assertThat(summary.select(".app-reference").text())
			.isEqualTo(ShareTokens.reference(link.substring("/results/".length())));
		assertThat(summary.text()).contains("SEE_DOCTOR", "SEE_DOCTOR_SEVERE_PAIN", "SI_UNEVEN_LANDING", "2.0.0",
				"Date and time");
		assertThat(summary.select("h2 + dl.app-summary > div")).hasSize(25);
		assertThat(summary.select("h2 + dl.app-summary > div:contains(How old are you?) dd").text()).isEqualTo("44");
	}

	@Test
	void anEmergencyStopShouldOfferASummaryWithTheQuestionsNotAskedLeftBlank() {
		Document stop = page(this.mvc.post().uri("/check/emergency-signs").param("emergencySigns", "CHEST_PAIN"));
		String summaryLink = stop.select("a[href$=/summary]").attr("href");
		Document summary = page(this.mvc.get().uri(summaryLink));
		assertThat(summary.text()).contains("EMERGENCY_CHEST_PAIN", "Not assessed");
		assertThat(summary.select("h2 + dl.app-summary > div:contains(signs that need help now) dd").text())
			.isEqualTo("Chest pain");
		assertThat(summary.select("h2 + dl.app-summary > div:contains(How old are you?) dd").text())
			.isEqualTo("(not asked)");
		assertThat(summary.select("h2 + dl.app-summary > div:contains(How old are you?) dd .app-list")).isEmpty();
	}

	@Test
	void aTamperedOrTruncatedLinkShouldGetAFriendlyNotFoundPage() {
		String token = this.tokens.seal(new SharedCheck(ANSWERS.raw(), Instant.now()));
		for (String link : new String[] { "/results/" + token.substring(0, 40), "/results/x" + token.substring(1),
				"/results/" + token.substring(0, 40) + "/summary", "/results/" + token + "A" }) {
			MvcTestResult result = this.mvc.get().uri(link).exchange();
			assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasViewName(SharedResultController.LINK_NOT_VALID_VIEW);
			assertThat(page(result).select("h1").text()).isEqualTo("This link has expired or is not valid");
			assertThat(page(result).select("a.app-button").attr("href")).isEqualTo("/");
		}
	}

	@Test
	void aLinkEndingLikeAnotherKindOfFileShouldStillGetAnHtmlPage() {
		for (String ending : new String[] { ".json", ".js", ".xml", ".css", ".txt" }) {
			MvcTestResult result = this.mvc.get().uri("/results/abc" + ending).exchange();
			assertThat(result).as(ending).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(result.getResponse().getContentType()).as(ending).isEqualTo("text/html;charset=UTF-8");
		}
	}

	@Test
	void anExpiredLinkShouldSaySoWithGone() {
		String token = this.tokens.seal(new SharedCheck(ANSWERS.raw(), Instant.now().minus(Duration.ofDays(31))));
		MvcTestResult result = this.mvc.get().uri("/results/" + token).exchange();
		assertThat(result).hasStatus(HttpStatus.GONE).hasViewName(SharedResultController.LINK_NOT_VALID_VIEW);
	}

	private MockMvcRequestBuilder post(String uri, TestAnswers answers) {
		return Pages.post(this.mvc, uri, answers);
	}

	private Document page(MockMvcRequestBuilder request) {
		return Pages.page(this.mvc, request);
	}

	private static Document page(MvcTestResult result) {
		return Pages.page(result);
	}

	private static String body(MvcTestResult result) {
		return Pages.body(result);
	}

}
