package app.backcheck.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.backcheck.PageTour;
import app.backcheck.SiteClient;
import app.backcheck.triage.TestAnswers;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole check in Chromium with JavaScript switched off: every step, its errors and
 * the result still work.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoJavaScriptBrowserTests {

	@LocalServerPort
	private int port;

	private ChromeDriver driver;

	@BeforeAll
	void startBrowser() {
		Browser.assumeInstalled();
		this.driver = Browser.start(false);
	}

	@AfterAll
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void javaScriptIsReallyOff() {
		this.driver.get("data:text/html,<title>off</title><script>document.title='on'</script>");
		assertThat(this.driver.getTitle()).isEqualTo("off");
	}

	@Test
	void aWholeCheckCompletesWithoutJavaScriptAndChangesLanguageOnTheWay() {
		this.driver.get("http://localhost:" + this.port + "/");
		click(By.cssSelector("a.app-button--start"));
		click(By.cssSelector(SiteClient.CONTINUE));
		assertThat(this.driver.getTitle()).startsWith("Error: ");
		TestAnswers answers = PageTour.URGENT;
		while (!heading().equals("Check your answers")) {
			Browser.answer(this.driver, answers);
			click(By.cssSelector(SiteClient.CONTINUE));
			assertThat(this.driver.findElements(By.cssSelector(".app-error-summary"))).isEmpty();
		}
		click(By.cssSelector("button[name=change][value=your-running]"));
		WebElement age = this.driver.findElement(By.id("age"));
		age.clear();
		age.sendKeys("61");
		// The language switch is a button of the page's form: no script is needed to keep
		// the answer being typed
		click(By.cssSelector("header button.app-header__language"));
		assertThat(heading()).isEqualTo("Usted y su forma de correr");
		assertThat(this.driver.findElement(By.id("age")).getAttribute("value")).isEqualTo("61");
		click(By.cssSelector(SiteClient.CONTINUE));
		assertThat(heading()).isEqualTo("Revise sus respuestas");
		click(By.cssSelector("form > button.app-button"));
		assertThat(this.driver.findElement(By.cssSelector(".app-card__heading")).getText())
			.isEqualTo("Hable hoy con un médico");
		assertThat(this.driver.findElement(By.xpath("//div[dt='¿Qué edad tiene?']/dd")).getText()).isEqualTo("61");
	}

	private void click(By button) {
		Browser.loadingNextPage(this.driver, () -> this.driver.findElement(button).click());
	}

	private String heading() {
		return this.driver.findElement(By.tagName("h1")).getText();
	}

}
