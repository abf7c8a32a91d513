package app.backcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import app.backcheck.PageTour;
import app.backcheck.SiteClient;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browser policy sent with every response, as a browser meets it on a real server.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SecurityHeadersTests {

	@LocalServerPort
	private int port;

	private SiteClient site;

	@BeforeEach
	void openSite() {
		this.site = new SiteClient(this.port);
	}

	@Test
	void everyPageShouldCarryTheBrowserPolicy() {
		Map<String, HttpResponse<String>> pages = PageTour.visitEveryPage(this.site);
		pages.put("api", this.site.send(HttpRequest.newBuilder(this.site.uri("/api/v1/questionnaire"))));
		pages.put("stylesheet", this.site.get("/css/app.css"));
		pages.forEach((name, page) -> {
			assertThat(page.headers().firstValue("Content-Security-Policy")).as(name)
				.hasValue("default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
						+ "frame-ancestors 'none'");
			assertThat(page.headers().firstValue("X-Content-Type-Options")).as(name).hasValue("nosniff");
			assertThat(page.headers().firstValue("Cross-Origin-Opener-Policy")).as(name).hasValue("same-origin");
			assertThat(page.headers().firstValue("Permissions-Policy")).as(name)
				.hasValueSatisfying(
						(policy) -> assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
			assertThat(page.headers().allValues("Referrer-Policy")).as(name).hasSize(1);
			assertThat(page.headers().allValues("Set-Cookie")).as(name).isEmpty();
			assertThat(page.headers().firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
		});
		assertThat(pages.get("start").headers().firstValue("Referrer-Policy"))
			.hasValue("strict-origin-when-cross-origin");
		for (String result : List.of("result-see-doctor", "result-urgent", "emergency-stop")) {
			assertThat(pages.get(result).headers().firstValue("Referrer-Policy")).as(result).hasValue("no-referrer");
			assertThat(pages.get(result).headers().firstValue("Cache-Control")).as(result).hasValue("no-store");
		}
		for (String question : List.of("warning-signs", "check-answers", "where-it-hurts-error")) {
			assertThat(pages.get(question).headers().firstValue("Cache-Control")).as(question).hasValue("no-store");
		}
	}

	@Test
	void templatesShouldHoldNoInlineScriptStyleOrEventHandler() throws IOException {
		Pattern inline = Pattern.compile("<script(?![^>]*src=)[^>]*>|<style|\\sstyle=|\\son[a-z]+=|javascript:",
				Pattern.CASE_INSENSITIVE);
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(Files::isRegularFile).toList()) {
				assertThat(inline.matcher(Files.readString(template)).find()).as(template.toString()).isFalse();
			}
		}
	}

}
