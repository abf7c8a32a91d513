package app.backcheck.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import app.backcheck.triage.Question;
import app.backcheck.triage.Questionnaire;
import app.backcheck.triage.TestAnswers;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Starts Debian's Chromium through Debian's chromedriver, so that nothing is downloaded.
 * Where they are not installed the browser tests are skipped, unless {@value #REQUIRE} is
 * {@code true} (as CI sets it), when that is a failure.
 */
final class Browser {

	static final String REQUIRE = "BACKCHECK_REQUIRE_BROWSER";

	private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver"));

	private Browser() {
	}

	static void assumeInstalled() {
		if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
			return;
		}
		String message = "Chromium (" + CHROMIUM + ") or chromedriver (" + CHROMEDRIVER + ") is not installed: "
				+ "apt-get install -y chromium chromium-driver";
		if (Boolean.parseBoolean(System.getenv(REQUIRE))) {
			Assertions.fail(message);
		}
		Assumptions.abort(message + ". Browser tests skipped.");
	}

	static ChromeDriver start(boolean javaScript) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en");
		if (!javaScript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	/** Runs an action that loads the next page, and waits until the old page is gone. */
	static void loadingNextPage(ChromeDriver driver, Runnable action) {
		WebElement page = driver.findElement(By.tagName("html"));
		action.run();
		// The old page's element stops answering once the next page has replaced it
		new WebDriverWait(driver, Duration.ofSeconds(10)).until((ignored) -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (WebDriverException ex) {
				return true;
			}
		});
	}

	/**
	 * Clicks (or types) the answers for every question on the current page, without
	 * submitting it; a question the answers leave out is left as it is.
	 */
	static void answer(ChromeDriver driver, TestAnswers answers) {
		for (Question question : Questionnaire.QUESTIONS) {
			List<String> values = answers.raw().get(question.field());
			if (values == null) {
				continue;
			}
			for (WebElement input : driver
				.findElements(By.cssSelector("input[name=" + question.field() + "]:not([type=hidden])"))) {
				if (question.kind() == Question.Kind.WHOLE_NUMBER) {
					input.clear();
					input.sendKeys(values.get(0));
				}
				else if (wanted(input.getAttribute("value"), values) != input.isSelected()) {
					input.click();
				}
			}
		}
	}

	/**
	 * Whether an option should be ticked for these values; an empty set ticks "None of
	 * these".
	 */
	static boolean wanted(String code, List<String> values) {
		return values.isEmpty() ? "NONE".equals(code) : values.contains(code);
	}

	/** Lays the page out at this CSS width, as a phone or a zoomed desktop would. */
	static void emulateWidth(ChromeDriver driver, int width, int height, double scale) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", scale, "mobile", width < 600));
	}

	static void resetWidth(ChromeDriver driver) {
		driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	static void emulatePrint(ChromeDriver driver, boolean print) {
		driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
	}

	static List<String> wcagTags() {
		return List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
	}

}
