package app.backcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import app.backcheck.Pages;
import app.backcheck.triage.TestAnswers;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest(properties = "backcheck.kiosk.idle-timeout=90s")
@AutoConfigureMockMvc
class SharingAndKioskTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void startPageShouldOfferTheLinkAndAQrCodeToShareTheCheck() {
		Document page = page(this.mvc.get().uri("/"));
		assertThat(page.select(".app-share h2").text()).isEqualTo("Share this check");
		assertThat(page.select(".app-share__link a").attr("href")).isEqualTo("http://localhost/");
		assertThat(page.select("svg.app-qr title").text()).isEqualTo("QR code for http://localhost/");
		assertThat(page.select("svg.app-qr path").attr("d")).startsWith("M4,4h7v1h-7z");
		assertThat(page.select(".app-shared-by")).isEmpty();
	}

	@Test
	void aCoachsLinkShouldSayWhoSharedItAndTheQrCodeShouldEncodeThatLink() {
		Document page = page(this.mvc.get().uri("/").param("from", "  Riverside   Harriers "));
		assertThat(page.select(".app-shared-by").text()).isEqualTo("Shared with you by Riverside Harriers.");
		String link = "http://localhost/?from=Riverside%20Harriers";
		assertThat(page.select(".app-share__link a").attr("href")).isEqualTo(link);
		assertThat(page.select("svg.app-qr title").text()).isEqualTo("QR code for " + link);
		assertThat(page.select("svg.app-qr path").attr("d")).isEqualTo(QrCodeSvg.of(link).path());
		assertThat(page.select("input#from").val()).isEqualTo("Riverside Harriers");
	}

	@Test
	void aCoachsNameShouldBePlainTextShortenedAndEscaped() {
		MockMvcRequestBuilder hostile = this.mvc.get().uri("/").param("from", "<script>alert(1)</script>\u202e\u0007x");
		assertThat(hostile).bodyText().doesNotContain("<script>alert(1)");
		assertThat(page(hostile).select(".app-shared-by").text())
			.isEqualTo("Shared with you by <script>alert(1)</script> x.");
		Document longName = page(this.mvc.get().uri("/").param("from", "A".repeat(500)));
		assertThat(longName.select(".app-shared-by").text()).isEqualTo("Shared with you by " + "A".repeat(60) + ".");
		assertThat(page(this.mvc.get().uri("/").param("from", " \t ")).select(".app-shared-by")).isEmpty();
	}

	@Test
	void kioskStartShouldHaveNoSharingAndReturnToItselfWhenIdle() {
		MvcTestResult result = this.mvc.get().uri("/kiosk").exchange();
		assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		Document page = page(result);
		assertThat(page.select(".app-share, svg")).isEmpty();
		assertThat(page.select("a.app-button--start").attr("href")).isEqualTo("/check/emergency-signs?kiosk=true");
		String finish = page.select("a.app-header__restart").attr("href");
		assertThat(finish).matches("/kiosk/finish\\?kioskStamp=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{22}");
		assertThat(page.select("noscript").html()).contains("content=\"90;url=" + finish + "\"");
		assertThat(page.select("body").attr("data-finish-url")).isEqualTo(finish);
		assertThat(page.select("body").attr("data-idle-seconds")).isEqualTo("90");
		assertThat(page.select("script[src^=/js/kiosk]")).hasSize(1);
	}

	@Test
	void kioskModeShouldStayOnThroughTheCheck() {
		Document first = page(this.mvc.get().uri("/check/emergency-signs").param("kiosk", "true"));
		assertThat(first.select("input[type=hidden][name=kiosk]").val()).isEqualTo("true");
		assertThat(first.select("a.app-header__restart")).hasSize(1);
		Document next = page(this.mvc.post()
			.uri("/check/emergency-signs")
			.param("emergencySigns", "NONE")
			.param("kiosk", "true")
			.param(KioskStamps.PARAMETER, first.select("input[name=kioskStamp]").val()));
		assertThat(next.select("input[type=hidden][name=kiosk]").val()).isEqualTo("true");
		Document answers = page(post("/check/training-habits", TestAnswers.baseline()).param("kiosk", "true")
			.param(KioskStamps.PARAMETER, stamp()));
		assertThat(answers.select("input[type=hidden][name=kiosk]").val()).isEqualTo("true");
	}

	@Test
	void aLaterPageOpenedByAddressInKioskModeShouldBeginAgainStillInKioskMode() {
		assertThat(this.mvc.get().uri("/check/where-it-hurts").param("kiosk", "true"))
			.hasRedirectedUrl("/check/emergency-signs?kiosk=true");
		assertThat(this.mvc.get().uri("/check/where-it-hurts")).hasRedirectedUrl("/check/emergency-signs");
	}

	@Test
	void aKioskResultShouldOfferPrintAndFinishButNoShareLink() {
		Document result = page(post("/check/result", TestAnswers.baseline()).param("kiosk", "true")
			.param(KioskStamps.PARAMETER, stamp()));
		assertThat(result.select(".app-share")).isEmpty();
		assertThat(result.select("a.app-button").eachText()).containsExactly("Print", "Finish");
		String print = result.select("a.app-button:contains(Print)").attr("href");
		assertThat(print).matches(
				"/results/[A-Za-z0-9_-]+/summary\\?kiosk=true&kioskStamp=[A-Za-z0-9_.-]+&kioskPrint=[A-Za-z0-9_-]{22}");
		assertThat(result.select("a.app-button:contains(Finish)").attr("href")).startsWith("/kiosk/finish?kioskStamp=");
		Document summary = page(this.mvc.get().uri(print));
		assertThat(summary.select("button[data-print]")).hasSize(1);
		assertThat(summary.select("a:contains(Finish)").attr("href")).startsWith("/kiosk/finish?kioskStamp=");
	}

	@Test
	void aKioskEmergencyStopShouldTellThePersonToTellTheDeskStaff() {
		Document stop = page(this.mvc.post()
			.uri("/check/emergency-signs")
			.param("emergencySigns", "CHEST_PAIN")
			.param("kiosk", "true")
			.param(KioskStamps.PARAMETER, stamp()));
		assertThat(stop.select(".app-card__staff").text()).isEqualTo("Tell the desk staff now.");
		assertThat(stop.select(".app-share")).isEmpty();
		assertThat(stop.select("a.app-button").eachText()).containsExactly("Print", "Finish");
	}

	/** A stamp as a kiosk page issues it. */
	private String stamp() {
		return page(this.mvc.get().uri("/check/emergency-signs").param("kiosk", "true"))
			.select("input[name=kioskStamp]")
			.val();
	}

	@Test
	void finishShouldClearTheBrowsersCacheAndGoBackToTheKioskStart() {
		MvcTestResult finish = this.mvc.get().uri("/kiosk/finish").exchange();
		assertThat(finish).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/kiosk");
		assertThat(finish.getResponse().getHeader("Clear-Site-Data")).isEqualTo("\"cache\"");
		assertThat(finish.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
	}

	@Test
	void pagesThatCarryAnswersShouldNeverBeStored() {
		assertThat(this.mvc.post()
			.uri("/check/emergency-signs")
			.param("emergencySigns", "NONE")
			.exchange()
			.getResponse()
			.getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(this.mvc.get().uri("/results/not-a-token").exchange().getResponse().getHeader("Cache-Control"))
			.isEqualTo("no-store");
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

}
