package app.backcheck.inbox;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import app.backcheck.MovableClock;
import app.backcheck.SiteClient;
import app.backcheck.inbox.Organisation.Kind;
import app.backcheck.triage.TestAnswers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clinic's own kiosk: its name and its emergency number on every page, sending to the
 * desk as the main action at the end, and "Finish" back to its start, after which the
 * walk-in's Send posted again stores nothing and shows nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(MovableClock.Config.class)
class ClinicKioskTests {

	@LocalServerPort
	private int port;

	@Autowired
	private MovableClock clock;

	@Autowired
	private OrganisationRepository organisations;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void clinic() {
		if (this.organisations.findByCode("harbour-clinic").isEmpty()) {
			this.organisations.save(new Organisation(null, "harbour-clinic", "Harbour Clinic", Kind.CLINIC,
					"+44 20 7946 0000", "https://harbour.example/book", "999", 3));
		}
	}

	private int stored() {
		return this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM submission s JOIN organisation o ON o.id = s.organisation_id WHERE o.code = ?",
				Integer.class, "harbour-clinic");
	}

	@Test
	void aClinicsKioskShouldMakeSendingTheMainActionAndFinishBackToItsOwnStart() {
		SiteClient site = new SiteClient(this.port);
		Document start = Jsoup.parse(site.get("/o/harbour-clinic/kiosk").body());
		assertThat(start.select(".app-shared-by").text()).contains("Harbour Clinic");
		assertThat(start.select(".app-share")).as("no share panel on a kiosk").isEmpty();
		String finish = start.select(".app-header__restart").attr("href");
		assertThat(finish).startsWith("/kiosk/finish?org=harbour-clinic&kioskStamp=");
		assertThat(start.select(".app-header__name").attr("href")).isEqualTo("/o/harbour-clinic/kiosk");
		assertThat(start.select("body").attr("data-finish-url")).isEqualTo(finish);
		assertThat(start.select("noscript meta[http-equiv=refresh]").attr("content")).endsWith(";url=" + finish);
		assertThat(start.text()).contains("call 999");
		String startNow = start.select("a.app-button--start").attr("href");
		assertThat(startNow).isEqualTo("/check/emergency-signs?kiosk=true&org=harbour-clinic");

		Document page = Jsoup.parse(site.get(startNow).body());
		for (int i = 0; i < 10 && page.select("#send").isEmpty(); i++) {
			page = Jsoup.parse(site.submit(page, TestAnswers.baseline(), SiteClient.CONTINUE).body());
		}
		Document result = page;
		assertThat(result.select("#send h2").text()).isEqualTo("Send your answers to Harbour Clinic");
		assertThat(result.select("main a[href=#send]").text()).as("near the top, a way to it")
			.isEqualTo("When you have read your result, send your answers to Harbour Clinic");
		assertThat(result.select("main .app-button:not(.app-button--secondary)").first().text())
			.as("sending is the main action")
			.isEqualTo("Send my answers to Harbour Clinic");
		assertThat(result.select("main a:contains(Print)").hasClass("app-button--secondary")).isTrue();
		assertThat(result.select("main a:contains(Print)").attr("href")).contains("org=harbour-clinic");
		assertThat(result.select("#send input[name=kioskStamp]").val()).isNotEmpty();
		assertThat(result.select("#senderName").attr("autocomplete")).as("no earlier walk-in's name offered")
			.isEqualTo("off");
		assertThat(result.select(".app-clinic").text()).contains("Harbour Clinic", "+44 20 7946 0000");
		assertThat(result.select(".app-clinic a").attr("href")).isEqualTo("https://harbour.example/book");

		int before = stored();
		HttpResponse<String> sent = send(site, result, "J.W.");
		Document sentPage = Jsoup.parse(sent.body());
		assertThat(sentPage.select(".app-reference").text()).matches("[2-9A-Z]{4}-[2-9A-Z]{4}");
		assertThat(stored()).isEqualTo(before + 1);
		assertThat(sentPage.select("main a.app-button").text()).isEqualTo("Finish");
		String finishSent = sentPage.select("main a.app-button").attr("href");
		assertThat(finishSent).startsWith("/kiosk/finish?org=harbour-clinic&kioskStamp=");
		assertThat(sentPage.select("main a:contains(Start a new check)")).isEmpty();
		assertThat(sentPage.select("noscript a:contains(More time)")).as("nothing to reload after sending").isEmpty();

		this.clock.advance(Duration.ofSeconds(30));
		HttpResponse<String> finished = site.get(finishSent);
		assertThat(finished.uri().getPath()).isEqualTo("/o/harbour-clinic/kiosk");

		HttpResponse<String> again = send(site, result, "J.W.");
		assertThat(again.uri().getPath()).as("the walk-in's Send posted again after Finish")
			.isEqualTo("/o/harbour-clinic/kiosk");
		assertThat(again.body()).doesNotContain("J.W.", "Your reference");
		assertThat(stored()).isEqualTo(before + 1);
	}

	@Test
	void anOrganisationsEmergencyNumberShouldBeTheOneItsPagesGive() {
		SiteClient site = new SiteClient(this.port);
		Document first = Jsoup.parse(site.get("/check/emergency-signs?org=harbour-clinic").body());
		Document stop = Jsoup
			.parse(site.submit(first, TestAnswers.baseline().with("emergencySigns", "CHEST_PAIN"), SiteClient.CONTINUE)
				.body());
		assertThat(stop.select("h1").text()).isEqualTo("Get help now");
		assertThat(stop.select("a.app-card__call").attr("href")).isEqualTo("tel:999");
		assertThat(stop.select("a.app-card__call").text()).isEqualTo("Call 999");
		Document site911 = Jsoup.parse(site.submit(Jsoup.parse(site.get("/check/emergency-signs").body()),
				TestAnswers.baseline().with("emergencySigns", "CHEST_PAIN"), SiteClient.CONTINUE)
			.body());
		assertThat(site911.select("a.app-card__call").attr("href")).as("the site's own number without one")
			.isEqualTo("tel:911");
	}

	@Test
	void unknownOrganisationsShouldHaveNoKiosk() {
		SiteClient site = new SiteClient(this.port);
		assertThat(site.get("/o/nobody/kiosk").statusCode()).isEqualTo(404);
		assertThat(site.get("/kiosk?org=harbour-clinic").uri().getPath()).isEqualTo("/o/harbour-clinic/kiosk");
		HttpResponse<String> unknown = site.get("/kiosk?org=nobody");
		assertThat(unknown.uri().getPath()).isEqualTo("/kiosk");
		assertThat(unknown.statusCode()).isEqualTo(200);
		assertThat(site.get("/kiosk/finish?org=nobody").uri().getPath()).isEqualTo("/kiosk");
	}

	private static HttpResponse<String> send(SiteClient site, Document result, String name) {
		List<String> fields = new ArrayList<>();
		result.select("#send input[type=hidden]")
			.forEach((input) -> fields.add(field(input.attr("name"), input.val())));
		fields.add(field("senderName", name));
		return site.send(HttpRequest.newBuilder(site.uri(result.select("#send form").attr("action")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(String.join("&", fields))));
	}

	private static String field(String name, String value) {
		return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
