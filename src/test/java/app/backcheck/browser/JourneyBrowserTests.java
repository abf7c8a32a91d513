package app.backcheck.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import app.backcheck.PageTour;
import app.backcheck.SiteClient;
import app.backcheck.triage.Question;
import app.backcheck.triage.Questionnaire;
import app.backcheck.triage.Section;
import app.backcheck.triage.TestAnswers;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real journeys in headless Chromium. Every page visited is audited: axe-core finds no
 * WCAG 2.x A/AA violation, nothing scrolls sideways at 320 CSS pixels or at 200% zoom,
 * touch targets are at least 44 pixels, nothing is fetched from elsewhere, and
 * screenshots at phone and desktop width go to target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneyBrowserTests {

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static final String CHECK_ANSWERS_SUBMIT = "form[action='/check/result'] > button.app-button";

	@LocalServerPort
	private int port;

	private ChromeDriver driver;

	@BeforeAll
	void startBrowser() throws IOException {
		Browser.assumeInstalled();
		Files.createDirectories(SCREENSHOTS);
		this.driver = Browser.start(true);
	}

	@AfterAll
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void aCheckToASeeADoctorResultIsAccessibleOnEveryPage() {
		open("/");
		audit("start");
		click("a.app-button--start");
		audit("emergency-signs");
		click(SiteClient.CONTINUE);
		assertThat(this.driver.getTitle()).startsWith("Error: ");
		assertThat(this.driver.switchTo().activeElement().getAttribute("class")).contains("app-error-summary");
		assertThat(this.driver.findElement(By.cssSelector(".app-error-summary a")).getAttribute("href"))
			.endsWith("#question-emergencySigns");
		audit("emergency-signs-error");
		answerAndContinue(PageTour.SEE_DOCTOR);
		audit("warning-signs");
		answerAndContinue(PageTour.SEE_DOCTOR);
		Browser.answer(this.driver, PageTour.SEE_DOCTOR.with("severity", "a lot"));
		click(SiteClient.CONTINUE);
		assertThat(this.driver.findElement(By.id("severity")).getAttribute("value")).isEqualTo("a lot");
		audit("where-it-hurts-error");
		answerAndContinue(PageTour.SEE_DOCTOR);
		audit("how-it-started");
		answerAndContinue(PageTour.SEE_DOCTOR);
		assertThat(heading()).isEqualTo("Signs of a stress fracture");
		audit("bone-stress");
		answerAndContinue(PageTour.SEE_DOCTOR);
		audit("your-running");
		answerAndContinue(PageTour.SEE_DOCTOR);
		audit("training-habits");
		answerAndContinue(PageTour.SEE_DOCTOR);
		assertThat(heading()).isEqualTo("Check your answers");
		audit("check-answers");
		click(CHECK_ANSWERS_SUBMIT);
		assertThat(this.driver.findElement(By.cssSelector(".app-card__heading")).getText())
			.isEqualTo("Book a doctor or physiotherapist");
		audit("result-see-doctor");
	}

	@Test
	void aCheckInSpanishIsAccessibleAndTheSwitchKeepsTheAnswers() {
		open("/");
		click("header a.app-header__language");
		assertThat(this.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
		assertThat(heading()).isEqualTo("Revise su dolor en la parte baja de la espalda");
		audit("es-start");
		click("a.app-button--start");
		click(SiteClient.CONTINUE);
		assertThat(this.driver.getTitle()).startsWith("Error: ");
		assertThat(this.driver.findElement(By.cssSelector(".app-error-summary h2")).getText())
			.isEqualTo("Hay un problema");
		audit("es-emergency-signs-error");
		answerAndContinue(PageTour.SEE_DOCTOR);
		answerAndContinue(PageTour.SEE_DOCTOR);
		Browser.answer(this.driver, PageTour.SEE_DOCTOR);
		click("header button.app-header__language");
		assertThat(heading()).isEqualTo("Where it hurts");
		assertThat(this.driver.findElement(By.id("severity")).getAttribute("value")).isEqualTo("8");
		click("header button.app-header__language");
		assertThat(heading()).isEqualTo("Dónde le duele");
		assertThat(this.driver.findElement(By.id("severity")).getAttribute("value")).isEqualTo("8");
		audit("es-where-it-hurts");
		for (int pages = 0; pages < Section.values().length && !heading().equals("Revise sus respuestas"); pages++) {
			answerAndContinue(PageTour.SEE_DOCTOR);
		}
		assertThat(heading()).isEqualTo("Revise sus respuestas");
		audit("es-check-answers");
		click("form#answers > button.app-button");
		assertThat(this.driver.findElement(By.cssSelector(".app-card__heading")).getText())
			.isEqualTo("Pida una cita con un médico o un fisioterapeuta");
		audit("es-result-see-doctor");
	}

	@Test
	void urgentAndSelfCareResultsAreAccessible() {
		walkToResult(PageTour.URGENT);
		assertThat(this.driver.findElement(By.cssSelector(".app-card__heading")).getText())
			.isEqualTo("Speak to a doctor today");
		audit("result-urgent");
		walkToResult(PageTour.SELF_CARE);
		assertThat(this.driver.findElement(By.cssSelector(".app-card__heading")).getText())
			.isEqualTo("You can look after this yourself");
		audit("result-self-care");
		walkToResult(PageTour.STOP_RUNNING);
		assertThat(this.driver.findElement(By.cssSelector(".app-card__action")).getText())
			.startsWith("Stop running until a doctor or physiotherapist has checked you.");
		audit("result-stop-running");
	}

	@Test
	void painInBothLegsStopsTheCheckOnWhereItHurts() {
		open("/check/emergency-signs");
		answerAndContinue(TestAnswers.baseline());
		answerAndContinue(TestAnswers.baseline());
		assertThat(heading()).isEqualTo("Where it hurts");
		answerAndContinue(TestAnswers.baseline().with("legPain", "BOTH_LEGS"));
		assertThat(heading()).isEqualTo("Get help now");
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("Pain going down both legs");
		audit("emergency-stop-both-legs");
	}

	@Test
	void theEmergencyStopIsAccessible() {
		open("/check/emergency-signs");
		answerAndContinue(TestAnswers.baseline().with("emergencySigns", "CHEST_PAIN"));
		assertThat(heading()).isEqualTo("Get help now");
		audit("emergency-stop");
	}

	@Test
	void theRulesAndErrorPagesAreAccessible() {
		open("/how-it-decides");
		audit("how-it-decides");
		open("/privacy");
		audit("privacy");
		open("/no-such-page");
		assertThat(heading()).isEqualTo("Page not found");
		audit("not-found");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void enterInATextBoxContinuesInTheSameLanguage(String language) {
		open("/check/emergency-signs?lang=" + language);
		answerAndContinue(TestAnswers.baseline());
		answerAndContinue(TestAnswers.baseline());
		typeAndPressEnter("severity", "6", language);
		assertThat(this.driver.findElements(By.cssSelector("input[type=hidden][name=severity][value='6']"))).hasSize(1);
		for (int pages = 0; pages < Section.values().length
				&& this.driver.findElements(By.id("age")).isEmpty(); pages++) {
			answerAndContinue(PageTour.SEE_DOCTOR);
		}
		typeAndPressEnter("age", "34", language);
	}

	/**
	 * Answers the page, types into one text box and presses Enter there: the next page
	 * comes, in the same language.
	 */
	private void typeAndPressEnter(String field, String value, String language) {
		String page = heading();
		Browser.answer(this.driver, PageTour.SEE_DOCTOR.without(field));
		WebElement box = this.driver.findElement(By.id(field));
		box.sendKeys(value);
		Browser.loadingNextPage(this.driver, () -> box.sendKeys(Keys.ENTER));
		assertThat(heading()).as("Enter in %s", field).isNotEqualTo(page);
		assertThat(this.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
	}

	@Test
	void aCheckCanBeCompletedWithTheKeyboardAloneWithFocusAlwaysVisible() {
		open("/");
		pressEnterOn(By.cssSelector("a.app-button--start"));
		TestAnswers answers = PageTour.URGENT.with("age", "42");
		while (!heading().equals("Check your answers")) {
			assertThat(this.driver.findElements(By.cssSelector(".app-error-summary"))).isEmpty();
			for (Question question : Questionnaire.QUESTIONS) {
				answerWithKeys(question, answers.raw().get(question.field()));
			}
			pressEnterOn(By.cssSelector(SiteClient.CONTINUE));
		}
		pressEnterOn(By.cssSelector(CHECK_ANSWERS_SUBMIT));
		assertThat(this.driver.findElement(By.cssSelector(".app-card__heading")).getText())
			.isEqualTo("Speak to a doctor today");
		assertThat(this.driver.findElement(By.xpath("//div[dt='How old are you?']/dd")).getText()).isEqualTo("42");
	}

	@Test
	void printingAResultGivesOnlyTheResultOnAPageOrTwo() throws IOException {
		walkToResult(PageTour.SEE_DOCTOR);
		Browser.emulatePrint(this.driver, true);
		try {
			for (String hidden : List.of(".app-header", ".app-footer", "a.app-button")) {
				assertThat(this.driver.findElement(By.cssSelector(hidden)).isDisplayed()).as(hidden).isFalse();
			}
			assertThat(this.driver.findElement(By.cssSelector(".app-card")).isDisplayed()).isTrue();
			assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("Why we say this",
					"What might be causing it", "Your answers", "Checked on", "rules version 2.0.0");
		}
		finally {
			Browser.emulatePrint(this.driver, false);
		}
		assertThat(printedPages("result-print.pdf")).isBetween(1L, 2L);
	}

	@Test
	void theClinicSummaryOfAResultPrintsOnOnePage() throws IOException {
		walkToResult(PageTour.SEE_DOCTOR.with("worseWhen", "ARCHING_BACK", "ONE_LEG_LOADING", "AS_RUN_GOES_ON"));
		click("a[href$='/summary']");
		assertThat(heading()).isEqualTo("BackCheck summary");
		audit("clinic-summary");
		assertThat(printedPages("clinic-summary.pdf")).isEqualTo(1L);
	}

	/**
	 * Prints the page to an A4 PDF, keeps it under target/screenshots and counts its
	 * pages.
	 */
	private long printedPages(String file) throws IOException {
		Map<String, Object> pdf = this.driver.executeCdpCommand("Page.printToPDF",
				Map.of("paperWidth", 8.27, "paperHeight", 11.69, "printBackground", false));
		byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
		Files.write(SCREENSHOTS.resolve(file), bytes);
		return Pattern.compile("/Type\\s*/Page[^s]")
			.matcher(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1))
			.results()
			.count();
	}

	private void walkToResult(TestAnswers answers) {
		open("/check/emergency-signs");
		for (int pages = 0; pages < Section.values().length && !heading().equals("Check your answers"); pages++) {
			answerAndContinue(answers);
		}
		assertThat(heading()).isEqualTo("Check your answers");
		click(CHECK_ANSWERS_SUBMIT);
	}

	private void answerAndContinue(TestAnswers answers) {
		Browser.answer(this.driver, answers);
		click(SiteClient.CONTINUE);
		assertThat(this.driver.findElements(By.cssSelector(".app-error-summary"))).as(this.driver.getTitle()).isEmpty();
	}

	private void answerWithKeys(Question question, List<String> values) {
		List<WebElement> inputs = this.driver
			.findElements(By.cssSelector("input[name=" + question.field() + "]:not([type=hidden])"));
		if (inputs.isEmpty()) {
			return;
		}
		switch (question.kind()) {
			case WHOLE_NUMBER -> tabTo(By.id(question.field())).sendKeys(values.get(0));
			case ANY_OF -> inputs.stream()
				.filter((input) -> Browser.wanted(input.getAttribute("value"), values))
				.forEach((input) -> tabTo(By.id(input.getAttribute("id"))).sendKeys(Keys.SPACE));
			default -> {
				// Tab reaches a radio group at its first option; arrow keys move through
				// the group and select
				WebElement radio = tabTo(By.id(question.field()));
				radio.sendKeys(Keys.SPACE);
				int index = inputs.stream().map((input) -> input.getAttribute("value")).toList().indexOf(values.get(0));
				for (int i = 0; i < index; i++) {
					this.driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
				}
			}
		}
	}

	private void pressEnterOn(By target) {
		WebElement element = tabTo(target);
		Browser.loadingNextPage(this.driver, () -> element.sendKeys(Keys.ENTER));
	}

	/**
	 * Presses Tab until the element has focus, checking that every element focused on the
	 * way shows it.
	 */
	private WebElement tabTo(By target) {
		WebElement element = this.driver.findElement(target);
		for (int presses = 0; presses < 80; presses++) {
			new Actions(this.driver).sendKeys(Keys.TAB).perform();
			WebElement active = this.driver.switchTo().activeElement();
			assertThat((Boolean) this.driver.executeScript("""
					const s = getComputedStyle(document.activeElement);
					return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';"""))
				.as("focus visible on %s", active.getAttribute("outerHTML"))
				.isTrue();
			if (active.equals(element)) {
				return active;
			}
		}
		throw new AssertionError("Tab never reached " + target);
	}

	private void audit(String name) {
		Results results = new AxeBuilder().withTags(Browser.wcagTags()).analyze(this.driver);
		assertThat(results.getViolations()).as("axe on %s: %s", name, describe(results.getViolations())).isEmpty();
		assertThat((List<?>) this.driver.executeScript("""
				return performance.getEntriesByType('resource').map(e => e.name)
					.filter(url => !url.startsWith(location.origin));""")).as("requests elsewhere from %s", name)
			.isEmpty();
		fitsWidth(name, 320, 1);
		fitsWidth(name, 640, 2);
		assertThat((List<?>) this.driver.executeScript("""
				return [...document.querySelectorAll('input:not([type=hidden]), button, .app-button')]
					.filter(e => e.offsetParent !== null)
					.map(e => ({ e, r: e.getBoundingClientRect() }))
					.filter(x => x.r.width < 44 || x.r.height < 44)
					.map(x => x.e.outerHTML.substring(0, 80) + ' ' + x.r.width + 'x' + x.r.height);"""))
			.as("touch targets under 44px on %s", name)
			.isEmpty();
		screenshot(name + "-phone", 390);
		screenshot(name + "-desktop", 1280);
	}

	private void fitsWidth(String name, int width, double scale) {
		Browser.emulateWidth(this.driver, width, 800, scale);
		try {
			assertThat((List<?>) this.driver.executeScript("""
					const width = document.documentElement.clientWidth;
					const wide = [...document.querySelectorAll('body *')]
						.filter(e => e.getBoundingClientRect().right > width + 1)
						.map(e => e.tagName + '.' + e.className);
					if (document.documentElement.scrollWidth > width) { wide.push('page scrolls sideways'); }
					return wide;""")).as("wider than %d CSS pixels on %s", width, name).isEmpty();
		}
		finally {
			Browser.resetWidth(this.driver);
		}
	}

	private void screenshot(String name, int width) {
		Browser.emulateWidth(this.driver, width, 900, 1);
		try {
			long height = (Long) this.driver.executeScript("return document.documentElement.scrollHeight");
			Browser.emulateWidth(this.driver, width, (int) Math.min(height, 8000), 1);
			Files.write(SCREENSHOTS.resolve(name + ".png"), this.driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			Browser.resetWidth(this.driver);
		}
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> rule.getId() + " "
					+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList())
			.toList()
			.toString();
	}

	private void open(String path) {
		this.driver.get("http://localhost:" + this.port + path);
	}

	/** Clicks and waits for the next page, as every button and link here loads one. */
	private void click(String selector) {
		Browser.loadingNextPage(this.driver, () -> this.driver.findElement(By.cssSelector(selector)).click());
	}

	private String heading() {
		return this.driver.findElement(By.tagName("h1")).getText();
	}

}
