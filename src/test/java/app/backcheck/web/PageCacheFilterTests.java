package app.backcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;

import app.backcheck.Pages;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Pages that are the same for everyone are served from memory after the first time,
 * exactly as rendered, with the site's headers; anything that varies is rendered every
 * time.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PageCacheFilterTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private MeterRegistry meters;

	@Test
	void aPageServedFromMemoryShouldBeTheSameBytesAndHeadersAsRendered() {
		for (String page : PageCacheFilter.PAGES) {
			MvcTestResult first = this.mvc.get().uri(page).exchange();
			MvcTestResult again = this.mvc.get().uri(page).exchange();
			assertThat(again).hasStatusOk();
			assertThat(Pages.body(again)).as(page).isEqualTo(Pages.body(first)).isNotEmpty();
			assertThat(again.getResponse().getContentType()).isEqualTo(first.getResponse().getContentType());
			assertThat(again.getResponse().getHeader("Cache-Control"))
				.isEqualTo(first.getResponse().getHeader("Cache-Control"));
			assertThat(again.getResponse().getHeader("Content-Security-Policy")).isNotBlank();
			// Served before the security filters run, with the headers they gave the
			// first rendering
			for (String header : new String[] { "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy",
					"Permissions-Policy", "Cross-Origin-Opener-Policy", "X-Frame-Options", "Content-Language" }) {
				assertThat(again.getResponse().getHeaders(header)).as("%s on %s", header, page)
					.isNotEmpty()
					.isEqualTo(first.getResponse().getHeaders(header));
			}
			assertThat(again.getResponse().getHeaders("Vary")).containsAll(first.getResponse().getHeaders("Vary"))
				.contains("Accept-Language", "Accept-Encoding");
		}
		assertThat(this.mvc.get().uri("/check/emergency-signs").exchange().getResponse().getHeader("Cache-Control"))
			.isEqualTo("no-store");
	}

	@Test
	void aPageServedFromMemoryShouldBeSentCompressedToBrowsersThatTakeGzip() throws IOException {
		this.mvc.get().uri("/privacy").exchange();
		MvcTestResult plain = this.mvc.get().uri("/privacy").exchange();
		for (String accepted : new String[] { "gzip", "br, gzip;q=0.8, deflate", "GZIP" }) {
			MvcTestResult compressed = this.mvc.get().uri("/privacy").header("Accept-Encoding", accepted).exchange();
			assertThat(compressed.getResponse().getHeader("Content-Encoding")).as(accepted).isEqualTo("gzip");
			byte[] unzipped = new GZIPInputStream(
					new ByteArrayInputStream(compressed.getResponse().getContentAsByteArray()))
				.readAllBytes();
			assertThat(unzipped).isEqualTo(plain.getResponse().getContentAsByteArray());
		}
		for (String refused : new String[] { "gzip;q=0", "identity", "br, gzip;q=0.0" }) {
			MvcTestResult sent = this.mvc.get().uri("/privacy").header("Accept-Encoding", refused).exchange();
			assertThat(sent.getResponse().getHeader("Content-Encoding")).as(refused).isNull();
			assertThat(sent.getResponse().getContentAsByteArray())
				.isEqualTo(plain.getResponse().getContentAsByteArray());
		}
	}

	@Test
	void aPageServedFromMemoryShouldBeCountedInTheHttpMetricsUnderItsRoute() {
		this.mvc.get().uri("/how-it-decides").exchange();
		Timer timer = this.meters.get("http.server.requests").tag("uri", "/how-it-decides").timer();
		long rendered = timer.count();
		this.mvc.get().uri("/how-it-decides").exchange();
		this.mvc.get().uri("/how-it-decides").header("Accept-Encoding", "gzip").exchange();
		assertThat(timer.count()).isEqualTo(rendered + 2);
	}

	@Test
	void theAddressTheSiteWasReachedAtShouldBePartOfTheKey() {
		this.mvc.get().uri("http://one.example/").exchange();
		assertThat(Pages.page(this.mvc.get().uri("http://two.example/").exchange())
			.select(".app-share__link a")
			.attr("href")).isEqualTo("http://two.example/");
		assertThat(Pages.page(this.mvc.get().uri("http://one.example/").exchange())
			.select(".app-share__link a")
			.attr("href")).isEqualTo("http://one.example/");
	}

	@Test
	void pagesThatVaryShouldBeRenderedEachTime() {
		assertThat(
				Pages.page(this.mvc.get().uri("/").param("from", "Club A").exchange()).select(".app-shared-by").text())
			.contains("Club A");
		assertThat(
				Pages.page(this.mvc.get().uri("/").param("from", "Club B").exchange()).select(".app-shared-by").text())
			.contains("Club B");
		assertThat(Pages.page(this.mvc.get().uri("/check/emergency-signs").param("kiosk", "true").exchange())
			.select("input[name=kiosk]")).hasSize(1);
		assertThat(Pages.page(this.mvc.get().uri("/check/emergency-signs").exchange()).select("input[name=kiosk]"))
			.isEmpty();
	}

}
