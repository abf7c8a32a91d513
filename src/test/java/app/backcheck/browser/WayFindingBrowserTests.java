package app.backcheck.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import app.backcheck.PageTour;
import app.backcheck.SiteClient;
import app.backcheck.triage.Section;
import app.backcheck.triage.TestAnswers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding one's way with the keyboard alone and as a screen reader reads the page, on a
 * phone-sized window, with and without JavaScript: where a link or a button lands, what
 * focus shows, what a control is called and what a group says about its choices.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WayFindingBrowserTests {

	/** The question's whole heading, its error and its first answer are on the screen. */
	private static final String QUESTION_IN_VIEW = """
			const group = document.getElementById(arguments[0]).closest('.app-form-group');
			const top = group.querySelector('legend, label').getBoundingClientRect().top;
			const first = group.querySelector('input:not([type=hidden])').getBoundingClientRect().bottom;
			return top >= 0 && first <= window.innerHeight;""";

	/**
	 * Focus is on the question or in it, so that a screen reader reads the question next.
	 */
	private static final String FOCUS_ON_QUESTION = """
			const group = document.getElementById(arguments[0]).closest('.app-form-group');
			return group.contains(document.activeElement);""";

	@LocalServerPort
	private int port;

	private ChromeDriver withJavaScript;

	private ChromeDriver withoutJavaScript;

	@BeforeAll
	void startBrowsers() {
		Browser.assumeInstalled();
		this.withJavaScript = Browser.start(true);
		this.withoutJavaScript = Browser.start(false);
	}

	@AfterEach
	void plainScreen() {
		for (ChromeDriver driver : drivers()) {
			Browser.resetWidth(driver);
			driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
		}
	}

	@AfterAll
	void stopBrowsers() {
		drivers().forEach(ChromeDriver::quit);
	}

	private List<ChromeDriver> drivers() {
		return java.util.stream.Stream.of(this.withJavaScript, this.withoutJavaScript)
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void anErrorSummaryLinkBringsTheWholeQuestionIntoViewAndFocusesIt(boolean javaScript) {
		ChromeDriver driver = driver(javaScript);
		Browser.emulateWidth(driver, 390, 640, 1);
		open(driver, "/check/emergency-signs");
		answerAndContinue(driver, TestAnswers.baseline());
		answerAndContinue(driver, TestAnswers.baseline());
		Browser.loadingNextPage(driver, () -> driver.findElement(By.cssSelector(SiteClient.CONTINUE)).click());
		assertThat(driver.getTitle()).startsWith("Error: ");
		List<WebElement> links = driver.findElements(By.cssSelector(".app-error-summary a"));
		assertThat(links).hasSize(4);
		// The second question: below the first, with more of the page after it
		String field = "legPain";
		tabTo(driver, links.get(1)).sendKeys(Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.until((ignored) -> (Boolean) driver.executeScript(FOCUS_ON_QUESTION, field));
		assertThat((Boolean) driver.executeScript(QUESTION_IN_VIEW, field)).as("the whole question in view").isTrue();
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void changeOnCheckYourAnswersLandsOnTheQuestionChosen(boolean javaScript) {
		ChromeDriver driver = driver(javaScript);
		Browser.emulateWidth(driver, 390, 640, 1);
		walkToCheckYourAnswers(driver, PageTour.SEE_DOCTOR);
		String field = "archedBack";
		WebElement change = driver.findElement(By.id("c-" + field));
		WebElement focused = tabTo(driver, change);
		Browser.loadingNextPage(driver, () -> focused.sendKeys(Keys.ENTER));
		assertThat(heading(driver)).isEqualTo("You and your running");
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.until((ignored) -> (Boolean) driver.executeScript(FOCUS_ON_QUESTION, field));
		assertThat((Boolean) driver.executeScript(QUESTION_IN_VIEW, field)).as("the whole question in view").isTrue();
		assertThat(driver.findElement(By.cssSelector("input[name=archedBack][value=NO]")).isSelected()).isTrue();
	}

	@Test
	void linksShowFocusInForcedColours() {
		ChromeDriver driver = this.withJavaScript;
		driver.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "forced-colors", "value", "active"))));
		open(driver, "/");
		assertThat((Boolean) driver.executeScript("return matchMedia('(forced-colors: active)').matches")).isTrue();
		int links = 0;
		for (int presses = 0; presses < 20; presses++) {
			new Actions(driver).sendKeys(Keys.TAB).perform();
			WebElement active = driver.switchTo().activeElement();
			if ("a".equals(active.getTagName())) {
				links++;
				assertThat((Boolean) driver.executeScript("""
						const s = getComputedStyle(document.activeElement);
						return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;"""))
					.as("an outline on %s", active.getAttribute("outerHTML"))
					.isTrue();
			}
		}
		assertThat(links).isGreaterThan(3);
	}

	@Test
	void noneOfTheseIsSaidToBeAnEitherOrChoiceAndUnticksTheOthers() {
		ChromeDriver driver = this.withJavaScript;
		open(driver, "/check/emergency-signs");
		answerAndContinue(driver, TestAnswers.baseline());
		WebElement group = driver.findElement(By.cssSelector("fieldset"));
		String hint = driver.findElement(By.id(group.getDomAttribute("aria-describedby").split(" ")[0])).getText();
		assertThat(hint).contains("None of these");
		WebElement fever = driver.findElement(By.id("warningSigns"));
		WebElement none = driver.findElement(By.id("warningSigns-none"));
		tabTo(driver, fever).sendKeys(Keys.SPACE);
		tabTo(driver, none).sendKeys(Keys.SPACE);
		assertThat(none.isSelected()).isTrue();
		assertThat(fever.isSelected()).as("a sign unticked by None of these").isFalse();
		new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
		driver.switchTo().activeElement().sendKeys(Keys.SPACE);
		assertThat(driver.findElements(By.cssSelector("input[name=warningSigns]:checked"))).hasSize(1);
		assertThat(none.isSelected()).as("None of these unticked by a sign").isFalse();
	}

	@Test
	void aSignSentWithNoneOfTheseIsKeptAndThePersonIsTold() {
		ChromeDriver driver = this.withoutJavaScript;
		open(driver, "/check/emergency-signs");
		answerAndContinue(driver, TestAnswers.baseline());
		driver.findElement(By.id("warningSigns")).click();
		driver.findElement(By.id("warningSigns-none")).click();
		Browser.loadingNextPage(driver, () -> driver.findElement(By.cssSelector(SiteClient.CONTINUE)).click());
		assertThat(heading(driver)).isEqualTo("Where it hurts");
		assertThat(driver.findElement(By.cssSelector(".app-notice")).getText()).contains("None of these")
			.contains("Do you have any of these signs that a doctor should check?");
		assertThat(driver.findElements(By.cssSelector("input[type=hidden][name=warningSigns]")))
			.extracting((input) -> input.getDomAttribute("value"))
			.containsExactly("FEVER");
	}

	@Test
	void shareLinksAreNamedNotReadOutAsTheirAddress() {
		ChromeDriver driver = this.withJavaScript;
		open(driver, "/");
		WebElement link = driver.findElement(By.cssSelector(".app-share a[href^='http']"));
		assertThat(link.getAccessibleName()).isEqualTo("Link to this check");
		walkToCheckYourAnswers(driver, PageTour.SEE_DOCTOR);
		Browser.loadingNextPage(driver,
				() -> driver.findElement(By.cssSelector("form[action='/check/result'] > button.app-button")).click());
		WebElement result = driver.findElement(By.cssSelector(".app-share a[href^='/results/']"));
		assertThat(result.getAccessibleName()).isEqualTo("Link to this result");
		assertThat(driver.findElement(By.cssSelector(".app-share")).getText())
			.contains("http://localhost:" + this.port + "/results/");
	}

	@Test
	void makeALinkSaysTheLinkIsReady() {
		ChromeDriver driver = this.withJavaScript;
		open(driver, "/");
		WebElement from = tabTo(driver, driver.findElement(By.id("from")));
		from.sendKeys("Riverside Harriers");
		Browser.loadingNextPage(driver, () -> from.sendKeys(Keys.ENTER));
		WebElement ready = driver.switchTo().activeElement();
		assertThat(ready.getAriaRole()).isEqualTo("status");
		assertThat(ready.getText()).contains("Your link is ready");
		assertThat(driver.findElement(By.cssSelector(".app-share")).getText()).contains("from=Riverside%20Harriers");
		open(driver, "/?from=Riverside%20Harriers");
		assertThat(driver.findElements(By.cssSelector("[role=status]"))).as("not on the runner's page").isEmpty();
	}

	@Test
	void startNowIsALinkThatEnterFollows() {
		ChromeDriver driver = this.withJavaScript;
		open(driver, "/");
		WebElement start = driver.findElement(By.cssSelector("a.app-button--start"));
		assertThat(start.getAriaRole()).isEqualTo("link");
		Browser.loadingNextPage(driver, () -> tabTo(driver, start).sendKeys(Keys.ENTER));
		assertThat(heading(driver)).startsWith("Do you have any of these signs");
	}

	@Test
	void aNoToLegPainComesBackThroughChangeAndBack() {
		ChromeDriver driver = this.withJavaScript;
		walkToCheckYourAnswers(driver, PageTour.SEE_DOCTOR.with("legPain", "NONE"));
		Browser.loadingNextPage(driver, () -> driver.findElement(By.id("c-severity")).click());
		assertThat(driver.findElement(By.cssSelector("input[name=legPain][value=NONE]")).isSelected()).isTrue();
		Browser.loadingNextPage(driver, () -> driver.findElement(By.cssSelector(SiteClient.CONTINUE)).click());
		Browser.loadingNextPage(driver, () -> driver.findElement(By.id("c-onset")).click());
		Browser.loadingNextPage(driver,
				() -> driver.findElement(By.cssSelector("button.app-button--secondary[name=change]")).click());
		assertThat(heading(driver)).isEqualTo("Check your answers");
		assertThat(driver.findElement(By.xpath("//div[dt='Does the pain spread into your leg?']/dd")).getText())
			.isEqualTo("No");
	}

	@Test
	void fieldsWithErrorsAreMarkedInvalidAndTheEmergencyPageCanCall() {
		ChromeDriver driver = this.withJavaScript;
		open(driver, "/check/emergency-signs");
		Browser.loadingNextPage(driver, () -> driver.findElement(By.cssSelector(SiteClient.CONTINUE)).click());
		assertThat(driver.findElements(By.cssSelector("input[name=emergencySigns]:not([type=hidden])")))
			.allSatisfy((input) -> assertThat(input.getDomAttribute("aria-invalid")).isEqualTo("true"));
		driver.findElement(By.id("emergencySigns-CHEST_PAIN")).click();
		Browser.loadingNextPage(driver, () -> driver.findElement(By.cssSelector(SiteClient.CONTINUE)).click());
		WebElement call = driver.findElement(By.cssSelector("a[href^='tel:']"));
		assertThat(call.getDomAttribute("href")).isEqualTo("tel:911");
		assertThat(call.getAccessibleName()).isEqualTo("Call 911");
	}

	@Test
	void theSpanishRulesPageMarksEnglishTitlesAsEnglish() {
		ChromeDriver driver = this.withJavaScript;
		open(driver, "/how-it-decides?lang=es");
		List<WebElement> english = driver.findElements(By.cssSelector("[lang=en]"));
		assertThat(english).isNotEmpty();
		assertThat(english).extracting(WebElement::getText).anyMatch((title) -> title.contains("NICE"));
	}

	@Test
	void theSiteIconIsServed() {
		ChromeDriver driver = this.withJavaScript;
		open(driver, "/");
		Object type = driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch('/favicon.ico').then(r => done(r.status + ' ' + r.headers.get('content-type')));""");
		assertThat(type).asString().startsWith("200 image/");
	}

	private ChromeDriver driver(boolean javaScript) {
		return javaScript ? this.withJavaScript : this.withoutJavaScript;
	}

	private void walkToCheckYourAnswers(ChromeDriver driver, TestAnswers answers) {
		open(driver, "/check/emergency-signs");
		for (int pages = 0; pages < Section.values().length && !heading(driver).equals("Check your answers"); pages++) {
			answerAndContinue(driver, answers);
		}
		assertThat(heading(driver)).isEqualTo("Check your answers");
	}

	private void answerAndContinue(ChromeDriver driver, TestAnswers answers) {
		Browser.answer(driver, answers);
		Browser.loadingNextPage(driver, () -> driver.findElement(By.cssSelector(SiteClient.CONTINUE)).click());
		assertThat(driver.findElements(By.cssSelector(".app-error-summary"))).as(driver.getTitle()).isEmpty();
	}

	/** Presses Tab until the element has focus. */
	private static WebElement tabTo(ChromeDriver driver, WebElement element) {
		for (int presses = 0; presses < 120; presses++) {
			new Actions(driver).sendKeys(Keys.TAB).perform();
			if (driver.switchTo().activeElement().equals(element)) {
				return element;
			}
		}
		throw new AssertionError("Tab never reached " + element.getAttribute("outerHTML"));
	}

	private void open(ChromeDriver driver, String path) {
		driver.get("http://localhost:" + this.port + path);
	}

	private static String heading(ChromeDriver driver) {
		return driver.findElement(By.tagName("h1")).getText();
	}

}
