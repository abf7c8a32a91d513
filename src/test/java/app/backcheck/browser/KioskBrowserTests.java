package app.backcheck.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Kiosk mode on a shared tablet: an idle page goes back to the kiosk start, with a
 * warning first where JavaScript runs and by a meta refresh where it does not; the desk's
 * print view fits one page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "backcheck.kiosk.idle-timeout=8s", "backcheck.kiosk.warning=3s" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KioskBrowserTests {

	@LocalServerPort
	private int port;

	private ChromeDriver driver;

	@BeforeAll
	void checkBrowser() {
		Browser.assumeInstalled();
	}

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void anIdlePageWarnsThenGoesBackToTheKioskStart() {
		this.driver = Browser.start(true);
		startCheck();
		assertThat(this.driver.findElement(By.id("kiosk-warning")).isDisplayed()).isFalse();
		new WebDriverWait(this.driver, Duration.ofSeconds(8))
			.until((driver) -> driver.findElement(By.id("kiosk-warning")).isDisplayed());
		assertThat(this.driver.getCurrentUrl()).as("warned before the reset").endsWith("kiosk=true");
		waitForTheKioskStart(Duration.ofSeconds(8));
		assertThat(this.driver.findElements(By.cssSelector("input[name=emergencySigns]"))).isEmpty();
	}

	/**
	 * The next walk-in presses Back after "Start again" and reloads, confirming the
	 * resubmission: the browser posts the previous walk-in's answers again, and gets the
	 * kiosk start, not their result.
	 */
	@Test
	void backAndReloadAfterStartAgainShowNothingOfThePreviousWalkIn() {
		this.driver = Browser.start(true);
		startCheck();
		tickAndContinue("emergencySigns-CHEST_PAIN");
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Get help now");
		Browser.loadingNextPage(this.driver,
				() -> this.driver.findElement(By.cssSelector("a.app-header__restart")).click());
		assertThat(this.driver.getCurrentUrl()).endsWith("/kiosk");
		this.driver.navigate().back();
		assertThat(this.driver.findElement(By.tagName("body")).getText()).doesNotContain("Chest pain");
		// Reload posts the stored form again, as confirming the browser's resubmission
		// prompt does
		Browser.loadingNextPage(this.driver, () -> this.driver.executeCdpCommand("Page.reload", Map.of()));
		assertThat(this.driver.getCurrentUrl()).endsWith("/kiosk");
		assertThat(this.driver.findElement(By.tagName("body")).getText()).doesNotContain("Get help now", "Chest pain");
	}

	/**
	 * Scrolled down a long page, the warning must not count as use: the page still
	 * resets.
	 */
	@Test
	void anIdlePageScrolledDownStillGoesBackToTheKioskStart() {
		this.driver = Browser.start(true);
		startCheck();
		tickAndContinue("emergencySigns-none");
		this.driver.executeScript("window.scrollTo(0, document.body.scrollHeight)");
		new WebDriverWait(this.driver, Duration.ofSeconds(8))
			.until((driver) -> driver.findElement(By.id("kiosk-warning")).isDisplayed());
		assertThat(this.driver.findElement(By.id("kiosk-warning")).getText())
			.contains("Press any key or touch the screen");
		waitForTheKioskStart(Duration.ofSeconds(8));
	}

	/**
	 * Without JavaScript the warning still comes first, and "More time" keeps the page
	 * and its answers.
	 */
	@Test
	void withoutJavaScriptAWarningComesFirstAndMoreTimeKeepsTheAnswers() {
		this.driver = Browser.start(false);
		startCheck();
		WebElement warning = this.driver.findElement(By.cssSelector(".app-kiosk-warning--timed"));
		assertThat(warning.isDisplayed()).isFalse();
		this.driver.findElement(By.id("emergencySigns-CHEST_PAIN")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(8)).until((driver) -> warning.isDisplayed());
		assertThat(warning.getText()).contains("More time");
		Browser.loadingNextPage(this.driver, () -> warning.findElement(By.cssSelector(".app-button")).click());
		assertThat(this.driver.getCurrentUrl()).doesNotEndWith("/kiosk");
		assertThat(this.driver.findElement(By.id("emergencySigns-CHEST_PAIN")).isSelected()).isTrue();
		assertThat(this.driver.findElement(By.cssSelector(".app-kiosk-warning--timed")).isDisplayed()).isFalse();
		waitForTheKioskStart(Duration.ofSeconds(15));
	}

	@Test
	void withoutJavaScriptAnIdlePageStillGoesBackToTheKioskStart() {
		this.driver = Browser.start(false);
		startCheck();
		waitForTheKioskStart(Duration.ofSeconds(15));
	}

	@Test
	void theDeskCanPrintASummaryOnOnePageAndFinish() {
		// Idle pages reset after 8 s here, which leaves the audits time to spare
		this.driver = Browser.start(true);
		this.driver.get("http://localhost:" + this.port + "/kiosk");
		assertNoAxeViolations("kiosk start");
		Browser.loadingNextPage(this.driver,
				() -> this.driver.findElement(By.cssSelector("a.app-button--start")).click());
		Browser.loadingNextPage(this.driver, () -> {
			this.driver.findElement(By.id("emergencySigns-CHEST_PAIN")).click();
			this.driver.findElement(By.cssSelector("button.app-button")).click();
		});
		assertThat(this.driver.findElement(By.cssSelector(".app-card__staff")).getText())
			.isEqualTo("Tell the desk staff now.");
		assertNoAxeViolations("kiosk emergency stop");
		Browser.loadingNextPage(this.driver, () -> this.driver.findElement(By.linkText("Print")).click());
		assertThat(this.driver.findElement(By.cssSelector("button[data-print]")).isDisplayed()).isTrue();
		Map<String, Object> pdf = this.driver.executeCdpCommand("Page.printToPDF",
				Map.of("paperWidth", 8.27, "paperHeight", 11.69));
		String document = new String(Base64.getDecoder().decode((String) pdf.get("data")),
				java.nio.charset.StandardCharsets.ISO_8859_1);
		assertThat(Pattern.compile("/Type\\s*/Page[^s]").matcher(document).results().count()).isEqualTo(1);
		Browser.loadingNextPage(this.driver, () -> this.driver.findElement(By.linkText("Finish")).click());
		assertThat(this.driver.getCurrentUrl()).endsWith("/kiosk");
	}

	private void assertNoAxeViolations(String page) {
		List<Rule> violations = new AxeBuilder().withTags(Browser.wcagTags()).analyze(this.driver).getViolations();
		assertThat(violations).as("axe on %s: %s", page, violations.stream().map(Rule::getId).toList()).isEmpty();
	}

	private void tickAndContinue(String id) {
		Browser.loadingNextPage(this.driver, () -> {
			this.driver.findElement(By.id(id)).click();
			this.driver.findElement(By.cssSelector("form#answers button.app-button")).click();
		});
	}

	private void waitForTheKioskStart(Duration within) {
		new WebDriverWait(this.driver, within).until((driver) -> driver.getCurrentUrl().endsWith("/kiosk"));
	}

	private void startCheck() {
		this.driver.get("http://localhost:" + this.port + "/kiosk");
		Browser.loadingNextPage(this.driver,
				() -> this.driver.findElement(By.cssSelector("a.app-button--start")).click());
		assertThat(this.driver.getCurrentUrl()).endsWith("/check/emergency-signs?kiosk=true");
	}

}
