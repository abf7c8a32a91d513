package app.backcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import app.backcheck.Pages;
import app.backcheck.inbox.OrganisationRepository;
import app.backcheck.result.AnswerWords;
import app.backcheck.result.ResultPages;
import app.backcheck.result.Results;
import app.backcheck.result.ShareTokens;
import app.backcheck.triage.Question;
import app.backcheck.triage.Questionnaire;
import app.backcheck.triage.TestAnswers;
import app.backcheck.triage.TriageService;
import app.backcheck.web.ErrorMessages;
import app.backcheck.web.LanguageResolver;
import app.backcheck.web.LinkConfiguration;
import app.backcheck.web.PublicAddress;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(CheckController.class)
@Import({ TriageService.class, ResultPages.class, AnswerWords.class, QuestionWords.class, Results.class,
		ShareTokens.class, ErrorMessages.class, LanguageResolver.class, LinkConfiguration.class, PublicAddress.class })
class CheckControllerTests {

	/**
	 * Every page may carry an organisation's code; these tests start checks from none.
	 */
	@MockitoBean
	private OrganisationRepository organisations;

	@Autowired
	private MockMvcTester mvc;

	@TestConfiguration
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
		}

	}

	@Test
	void startPageShouldExplainTheCheckAndOfferStartNow() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk().hasViewName(CheckController.START_VIEW);
		Document page = page(this.mvc.get().uri("/"));
		assertThat(page.select("h1").text()).isEqualTo("Check your lower back pain");
		assertThat(page.select("a.app-button--start").attr("href")).isEqualTo("/check");
		assertThat(page.select("a.app-button--start").text()).isEqualTo("Start now");
		assertThat(page.text()).contains("about 3 minutes", "not a diagnosis");
	}

	@Test
	void startCheckShouldGoToTheEmergencySignsPage() {
		assertThat(this.mvc.get().uri("/check")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/check/emergency-signs");
	}

	@Test
	void emergencySignsPageShouldAskWithCheckboxesAndAnExclusiveNoneOfThese() {
		assertThat(this.mvc.get().uri("/check/emergency-signs")).hasStatusOk()
			.hasViewName(CheckController.SECTION_VIEW);
		Document page = page(this.mvc.get().uri("/check/emergency-signs"));
		assertThat(page.title()).isEqualTo("Do you have any of these signs that need help now? - BackCheck");
		assertThat(page.select("fieldset legend h1").text())
			.isEqualTo("Do you have any of these signs that need help now?");
		assertThat(page.select("form[novalidate]").attr("action")).isEqualTo("/check/emergency-signs");
		assertThat(page.select("input[type=checkbox][name=emergencySigns]").eachAttr("value")).containsExactly(
				"SADDLE_NUMBNESS", "BLADDER_OR_BOWEL_CHANGE", "WORSENING_LEG_WEAKNESS", "BOTH_LEGS", "SERIOUS_ACCIDENT",
				"CHEST_PAIN", "VERY_UNWELL_WITH_FEVER", "SUDDEN_TEARING_PAIN", "NONE");
		assertThat(page.select("label[for=emergencySigns-none]").text()).isEqualTo("None of these");
		assertThat(page.text()).contains("the area that would touch a saddle", "Page 1 of 7");
		assertThat(page.select("input[type=hidden]")).isEmpty();
		assertThat(page.select(".app-error-summary")).isEmpty();
		assertThat(page.select("[aria-invalid]")).isEmpty();
	}

	@Test
	void aSetOfCodesShouldHaveItsSelectAllThatApplyHintReadWithItsQuestion() {
		Document page = page(post("/check/where-it-hurts", TestAnswers.baseline()));
		assertThat(page.select("#worseWhen-hint").text())
			.isEqualTo("Select all that apply, or \"None of these\" on its own.");
		assertThat(page.select("fieldset:has(#worseWhen)").attr("aria-describedby")).isEqualTo("worseWhen-hint");
	}

	@Test
	void startNowShouldBeAPlainLinkSoThatAScreenReaderDoesNotCallItAButton() {
		Document page = page(this.mvc.get().uri("/"));
		assertThat(page.select("a.app-button--start").attr("href")).isEqualTo("/check");
		assertThat(page.select("a.app-button--start").hasAttr("role")).isFalse();
	}

	@Test
	void laterPagesOpenedWithoutAnswersShouldBeginAtTheFirstPage() {
		assertThat(this.mvc.get().uri("/check/where-it-hurts")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/check/emergency-signs");
	}

	@Test
	void emergencySignsWhenNothingIsSelectedShouldShowTheErrorSummaryAndInlineError() {
		Document page = page(this.mvc.post().uri("/check/emergency-signs"));
		assertThat(page.title()).isEqualTo("Error: Do you have any of these signs that need help now? - BackCheck");
		assertThat(page.select(".app-error-summary h2").text()).isEqualTo("There is a problem");
		assertThat(page.select(".app-error-summary a").attr("href")).isEqualTo("#question-emergencySigns");
		assertThat(page.select(".app-error-summary a").text())
			.isEqualTo("Select any signs you have, or select \"None of these\"");
		assertThat(page.select("#emergencySigns-error").text()).startsWith("Error:");
		assertThat(page.select("fieldset").attr("aria-describedby"))
			.isEqualTo("emergencySigns-hint emergencySigns-error");
		assertThat(page.select("#emergencySigns")).hasSize(1);
		assertThat(page.select("input[name=emergencySigns]"))
			.allSatisfy((input) -> assertThat(input.attr("aria-invalid")).isEqualTo("true"));
	}

	@Test
	void emergencySignsWhenAnySignIsSelectedShouldStopAtOnceOnTheEmergencyPage() {
		MockMvcRequestBuilder request = this.mvc.post()
			.uri("/check/emergency-signs")
			.param("emergencySigns", "BOTH_LEGS");
		assertThat(request).hasStatusOk().hasViewName("result/emergency");
		Document page = page(request);
		assertThat(page.select("h1").text()).isEqualTo("Get help now");
		assertThat(page.select(".app-card a[href=tel:911]").text()).as("a tap to call").isEqualTo("Call 911");
		assertThat(page.text())
			.contains("Go to a hospital emergency department now", "Pain, tingling, numbness or weakness in both legs",
					"not a diagnosis")
			.doesNotContain("What might be causing it");
		assertThat(page.select("form:not([hidden]), main button")).isEmpty();
	}

	@Test
	void emergencySignsWhenASignAndNoneAreBothSelectedShouldLetTheSignWin() {
		assertThat(this.mvc.post().uri("/check/emergency-signs").param("emergencySigns", "NONE", "CHEST_PAIN"))
			.hasViewName("result/emergency");
	}

	@Test
	void emergencySignsWhenNoneShouldAskTheWarningSignsCarryingTheAnswer() {
		Document page = page(this.mvc.post().uri("/check/emergency-signs").param("emergencySigns", "NONE"));
		assertThat(page.select("h1").text()).isEqualTo("Do you have any of these signs that a doctor should check?");
		assertThat(page.text()).contains("Page 2 of 7");
		assertThat(page.select("input[type=hidden][name=emergencySigns]").attr("value")).isEqualTo("NONE");
		assertThat(page.select(".app-error-summary")).isEmpty();
	}

	@Test
	void sectionWithABadAnswerShouldComeBackWithItsErrorAndKeepEveryAnswer() {
		Document page = page(post("/check/where-it-hurts",
				TestAnswers.baseline().with("severity=eleven; painLocation=LOWER_ONE_SIDE")));
		assertThat(page.title()).isEqualTo("Error: Where it hurts - BackCheck");
		assertThat(page.select(".app-error-summary a")).hasSize(1);
		assertThat(page.select(".app-error-summary a").attr("href")).isEqualTo("#question-severity");
		assertThat(page.select(".app-error-summary a").text())
			.isEqualTo("Enter how bad the pain has been as a whole number, like 6");
		assertThat(page.select("input#severity").attr("value")).isEqualTo("eleven");
		assertThat(page.select("input[name=painLocation][checked]").attr("value")).isEqualTo("LOWER_ONE_SIDE");
		assertThat(page.select("input[type=hidden][name=age]").attr("value")).isEqualTo("35");
		assertThat(page.select("input[type=hidden][name=worseWhen]").attr("value")).isEqualTo("NONE");
	}

	@Test
	void sectionWhenValidShouldGoToTheNextPage() {
		Document page = page(post("/check/where-it-hurts", TestAnswers.baseline()));
		assertThat(page.select("h1").text()).isEqualTo("How it started");
		assertThat(page.select("form").attr("action")).isEqualTo("/check/how-it-started");
		assertThat(page.text()).contains("Page 4 of 7");
	}

	@Test
	void lastSectionWhenEveryAnswerIsGivenShouldShowCheckYourAnswersWithAChangeButtonForEach() {
		MockMvcRequestBuilder request = post("/check/training-habits", TestAnswers.baseline().with("age", "41"));
		assertThat(request).hasViewName(CheckController.ANSWERS_VIEW);
		Document page = page(request);
		assertThat(page.select("h1").text()).isEqualTo("Check your answers");
		assertThat(page.select(".app-summary > div")).hasSize(25);
		assertThat(page.select("main button[name=change]")).hasSize(25)
			.allSatisfy((button) -> assertThat(button.attr("formaction"))
				.isEqualTo("/check/change#question-" + button.id().substring("c-".length())));
		assertThat(page.select(".app-summary > div:contains(How old are you?) dd:not(.app-summary__action)").text())
			.isEqualTo("41");
		assertThat(page.select(".app-summary > div:contains(How old are you?) button").attr("value"))
			.isEqualTo("your-running");
		assertThat(page.select("form").attr("action")).isEqualTo("/check/result");
		assertThat(page.select("input[type=hidden][name=painLocation]").attr("value")).isEqualTo("ALL_OVER");
	}

	@Test
	void lastSectionWhenAnEarlierAnswerIsMissingShouldAskForItFirst() {
		Document page = page(post("/check/training-habits", TestAnswers.baseline().without("onset")));
		assertThat(page.select("form").attr("action")).isEqualTo("/check/how-it-started");
	}

	@Test
	void changeShouldShowThePageWithItsAnswersAndReturnToCheckYourAnswers() {
		Document page = page(post("/check/change", TestAnswers.baseline()).param("change", "your-running")
			.param("returnTo", "answers"));
		assertThat(page.select("form").attr("action")).isEqualTo("/check/your-running");
		assertThat(page.select("input[name=returnTo]").attr("value")).isEqualTo("answers");
		assertThat(page.select("input#age").attr("value")).isEqualTo("35");
		MockMvcRequestBuilder changed = post("/check/your-running", TestAnswers.baseline().with("age", "52"))
			.param("returnTo", "answers");
		assertThat(changed).hasViewName(CheckController.ANSWERS_VIEW);
		assertThat(page(changed).select(".app-summary > div:contains(How old are you?) dd:not(.app-summary__action)")
			.text()).isEqualTo("52");
	}

	@Test
	void painDownBothLegsShouldStopTheCheckOnWhereItHurtsWhateverElseIsWrongThere() {
		TestAnswers answers = TestAnswers.baseline().with("legPain=BOTH_LEGS; severity=lots").without("age");
		MockMvcRequestBuilder request = post("/check/where-it-hurts", answers);
		assertThat(request).hasStatusOk().hasViewName("result/emergency");
		Document page = page(post("/check/where-it-hurts", answers));
		assertThat(page.select("main li").eachText())
			.containsExactly("Pain going down both legs: there can be pressure on the nerves at the base of the spine");
		// The stop keeps the answers given, not the one it could not read
		assertThat(page.select("form#answers input[name=legPain]").attr("value")).isEqualTo("BOTH_LEGS");
		assertThat(page.select("form#answers input[name=severity]")).isEmpty();
	}

	@Test
	void suddenSeverePainFromFiftyShouldStopTheCheckOnceTheAgeIsGiven() {
		TestAnswers answers = TestAnswers.baseline().with("onset=SUDDEN_AT_REST; severity=9; age=71");
		assertThat(post("/check/how-it-started", answers.without("age"))).hasViewName(CheckController.SECTION_VIEW);
		assertThat(post("/check/your-running", answers)).hasViewName("result/emergency");
	}

	static Stream<Arguments> everyAnswerToEveryQuestion() {
		return Questionnaire.QUESTIONS.stream().flatMap((question) -> switch (question.kind()) {
			case WHOLE_NUMBER -> Stream.of(Arguments.of(question, String.valueOf(question.max())));
			case ANY_OF -> Stream.concat(question.codes().stream(), Stream.of(Questionnaire.NONE))
				.map((code) -> Arguments.of(question, code));
			default -> question.codes().stream().map((code) -> Arguments.of(question, code));
		});
	}

	/**
	 * Change on check your answers, and Back, show each page unchecked: every answer must
	 * come back as given.
	 */
	@ParameterizedTest(name = "{0} = {1}")
	@MethodSource("everyAnswerToEveryQuestion")
	void changeShouldShowEveryAnswerToEveryQuestionAsGiven(Question question, String code) {
		String field = question.field();
		TestAnswers answers = TestAnswers.baseline().with(field, code);
		Document page = page(post("/check/change", answers).param("change", question.section().slug()));
		assertThat(page.select("form").attr("action")).isEqualTo("/check/" + question.section().slug());
		if (question.kind() == Question.Kind.WHOLE_NUMBER) {
			assertThat(page.select("input#" + field).attr("value")).isEqualTo(code);
		}
		else {
			assertThat(page.select("input[name=" + field + "][checked]").eachAttr("value")).containsExactly(code);
		}
	}

	@Test
	void backShouldShowThePreviousPageKeepingTheAnswersGiven() {
		Document page = page(post("/check/change", TestAnswers.baseline().with("onset", "INJURY")).param("change",
				"where-it-hurts"));
		assertThat(page.select("form").attr("action")).isEqualTo("/check/where-it-hurts");
		assertThat(page.select("input[type=hidden][name=onset]").attr("value")).isEqualTo("INJURY");
	}

	@Test
	void resultShouldShowTheCareCardReasonsCausesAdviceAndSafetyNet() {
		MockMvcRequestBuilder request = post("/check/result", TestAnswers.baseline()
			.with("severity=9; painLocation=LOWER_ONE_SIDE; unevenLanding=YES; tenderKnot=true"));
		assertThat(request).hasStatusOk().hasViewName("result/result");
		Document page = page(request);
		assertThat(page.select(".app-card--see-doctor .app-card__heading").text())
			.isEqualTo("Book a doctor or physiotherapist");
		assertThat(page.select(".app-card li").eachText()).containsExactly("The pain is severe: 8 or more out of 10");
		assertThat(page.select(".app-cause h3").eachText()).containsExactly("Sacroiliac joint problem Likely",
				"Muscle knots and cramps (trigger points) Likely", "Facet joint irritation Unlikely",
				"Weak back and stomach muscles Unlikely");
		assertThat(page.text()).contains("You land harder on one foot", "Practise landing evenly on both feet",
				"More than one cause fits", "See a doctor if it is not better in a few weeks",
				"This is not a diagnosis", "rules version 2.0.0");
		assertThat(page.select(".app-summary > div")).hasSize(25);
		assertThat(page.text()).contains("Checked on November 24, 2026.");
	}

	@Test
	void resultWhenSelfCareShouldSaySoWithoutReasons() {
		Document page = page(post("/check/result", TestAnswers.baseline()));
		assertThat(page.select(".app-card--self-care .app-card__heading").text())
			.isEqualTo("You can look after this yourself");
		assertThat(page.text()).doesNotContain("Why we say this");
	}

	@Test
	void resultWhenAnAnswerIsMissingShouldShowItsPageWithTheError() {
		Document page = page(post("/check/result", TestAnswers.baseline().without("drinking")));
		assertThat(page.select(".app-error-summary a").attr("href")).isEqualTo("#question-drinking");
		assertThat(page.select(".app-error-summary a").text()).isEqualTo("Select how you drink on long runs");
	}

	@Test
	void resultWhenAnEmergencySignWasSentShouldStopOnTheEmergencyPage() {
		assertThat(post("/check/result", TestAnswers.baseline().with("emergencySigns", "SADDLE_NUMBNESS")))
			.hasViewName("result/emergency");
	}

	@Test
	void unknownPageShouldBeNotFound() {
		assertThat(this.mvc.post().uri("/check/no-such-page")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aSignSentWithNoneOfTheseShouldBeKeptAndTheNextPageShouldSaySo() {
		TestAnswers both = TestAnswers.baseline().with("warningSigns", "FEVER", "NONE");
		Document page = page(post("/check/warning-signs", both));
		assertThat(page.select("h1").text()).isEqualTo("Where it hurts");
		assertThat(page.select(".app-notice[role=status]").text())
			.startsWith("You selected \"None of these\" and another answer for:")
			.contains("Do you have any of these signs that a doctor should check?");
		assertThat(page.select("input[type=hidden][name=warningSigns]").eachAttr("value")).containsExactly("FEVER");
		Document next = page(post("/check/where-it-hurts", TestAnswers.baseline()));
		assertThat(next.select(".app-notice")).isEmpty();
	}

	@Test
	void makeALinkShouldSayTheLinkIsReadyWithoutPuttingThatInTheLink() {
		Document made = page(this.mvc.get().uri("/?from=Riverside&made=true"));
		assertThat(made.select(".app-notice[role=status][autofocus]").text()).startsWith("Your link is ready");
		assertThat(made.select(".app-share__address").text()).isEqualTo("http://localhost/?from=Riverside");
		assertThat(page(this.mvc.get().uri("/?from=Riverside")).select(".app-notice")).isEmpty();
		assertThat(page(this.mvc.get().uri("/?made=%ff")).select(".app-notice")).isEmpty();
	}

	@Test
	void hostileAnswersShouldBeEscapedAndRefused() {
		String script = "<script>alert(1)</script>";
		MockMvcRequestBuilder request = post("/check/where-it-hurts",
				TestAnswers.baseline().with("painLocation", script).with("age", "\"><b>x</b>"));
		assertThat(request).hasStatusOk().bodyText().doesNotContain(script, "<b>x</b>");
		Document page = page(request);
		assertThat(page.select(".app-error-summary a").text()).isEqualTo("Select one of the answers shown");
		assertThat(page.select("input[name=painLocation][checked]")).isEmpty();
		assertThat(page.select("input[type=hidden][name=age]").attr("value")).isEqualTo("\"><b>x</b>");
		assertThat(page.select("script:not([src^=/js/]), b")).isEmpty();
	}

	@Test
	void pagesShouldCreateNoSessionAndPutNoAnswerInAUrl() {
		MvcTestResult result = this.mvc.perform(post("/check/result", TestAnswers.baseline()));
		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
		Document page = Jsoup.parse(body(result));
		assertThat(page.select("form[action*=?], a[href*=?]")).isEmpty();
	}

	private MockMvcRequestBuilder post(String uri, TestAnswers answers) {
		return Pages.post(this.mvc, uri, answers);
	}

	private Document page(MockMvcRequestBuilder request) {
		return Pages.page(this.mvc, request);
	}

	private static String body(MvcTestResult result) {
		return Pages.body(result);
	}

}
