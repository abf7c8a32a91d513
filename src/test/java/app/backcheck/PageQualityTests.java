package app.backcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every kind of page, as the server sends it: valid HTML (Nu Html Checker), within the
 * weight budget, with no third-party assets and with the stylesheet cached under a
 * fingerprinted name.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageQualityTests {

	/**
	 * Raw HTML plus the stylesheet. 20 KB until ruleset 2.0.0 added a page of questions
	 * and the stress-fracture texts: the Spanish result page then weighed 20.8 KB
	 * (docs/quality.md).
	 */
	private static final int PAGE_BUDGET_BYTES = 22 * 1024;

	@LocalServerPort
	private int port;

	private SiteClient site;

	private Map<String, HttpResponse<String>> pages;

	/** The same pages in Spanish, keyed by the same names. */
	private Map<String, HttpResponse<String>> spanishPages;

	@BeforeAll
	void visitEveryPage() {
		this.site = new SiteClient(this.port);
		this.pages = PageTour.visitEveryPage(this.site);
		this.spanishPages = PageTour.visitEveryPage(new SiteClient(this.port, "Accept-Language", "es"));
	}

	@Test
	void everyPageShouldBeTheKindExpected() {
		assertThat(this.pages).hasSize(20);
		assertThat(title("emergency-signs-error")).startsWith("Error: ");
		assertThat(title("where-it-hurts-error")).startsWith("Error: ");
		assertThat(title("emergency-stop")).startsWith("Get help now");
		assertThat(title("check-answers")).startsWith("Check your answers");
		assertThat(document("result-see-doctor").select(".app-card--see-doctor")).hasSize(1);
		assertThat(document("result-urgent").select(".app-card--urgent")).hasSize(1);
		assertThat(document("result-self-care").select(".app-card--self-care")).hasSize(1);
		assertThat(document("result-stop-running").select(".app-card--see-doctor .app-card__action").text())
			.startsWith("Stop running until a doctor or physiotherapist has checked you.");
		assertThat(title("bone-stress")).startsWith("Signs of a stress fracture");
		assertThat(this.pages.get("not-found").statusCode()).isEqualTo(404);
		assertThat(this.pages.get("method-not-allowed").statusCode()).isEqualTo(405);
		assertThat(title("method-not-allowed")).startsWith("Sorry, there is a problem");
	}

	@Test
	void everyPageShouldBeValidHtml() throws Exception {
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
		for (Map.Entry<String, HttpResponse<String>> page : everyPageInEveryLanguage().entrySet()) {
			String errors = validator
				.validate(new ByteArrayInputStream(page.getValue().body().getBytes(StandardCharsets.UTF_8)));
			assertThat(errors).as("Nu Html Checker on %s", page.getKey()).isEmpty();
		}
	}

	@Test
	void everyPageShouldWeighLessThanTwentyTwoKilobytesWithItsStylesheet() {
		String stylesheet = document("start").select("link[rel=stylesheet]").attr("href");
		int css = this.site.get(stylesheet).body().getBytes(StandardCharsets.UTF_8).length;
		everyPageInEveryLanguage()
			.forEach((name, page) -> assertThat(page.body().getBytes(StandardCharsets.UTF_8).length + css)
				.as("HTML and CSS of %s", name)
				.isLessThan(PAGE_BUDGET_BYTES));
	}

	@Test
	void everyPageShouldSetItsLanguageAndLoadNothingFromElsewhere() {
		everyPageInEveryLanguage().forEach((name, page) -> {
			Document document = Jsoup.parse(page.body());
			assertThat(document.select("html").attr("lang")).as(name).isEqualTo(name.startsWith("es/") ? "es" : "en");
			assertThat(document
				.select("script:not([src^=/js/][defer]), img, iframe, link[rel=preconnect], link[rel=dns-prefetch]"))
				.as(name)
				.isEmpty();
			assertThat(document.select("script").eachText()).as("inline scripts on %s", name).allMatch(String::isEmpty);
			assertThat(document.select("link[href]").eachAttr("href")).as(name)
				.allMatch((href) -> href.startsWith("/"));
			assertThat(document.select("[style]")).as("inline styles on %s", name).isEmpty();
		});
	}

	@Test
	void theStylesheetShouldHaveAFingerprintedNameAndALongCache() {
		String stylesheet = document("start").select("link[rel=stylesheet]").attr("href");
		assertThat(stylesheet).matches("/css/app-[0-9a-f]{32}\\.css");
		HttpResponse<String> css = this.site.get(stylesheet);
		assertThat(css.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).contains("max-age=31536000"));
	}

	@Test
	void textResponsesShouldBeCompressed() {
		HttpResponse<String> page = this.site.get("/how-it-decides", "Accept-Encoding", "gzip");
		assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
	}

	private Map<String, HttpResponse<String>> everyPageInEveryLanguage() {
		Map<String, HttpResponse<String>> all = new LinkedHashMap<>(this.pages);
		this.spanishPages.forEach((name, page) -> all.put("es/" + name, page));
		return all;
	}

	private Document document(String name) {
		return Jsoup.parse(this.pages.get(name).body());
	}

	private String title(String name) {
		return document(name).title();
	}

}
