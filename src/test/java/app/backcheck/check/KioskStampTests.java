package app.backcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import app.backcheck.MovableClock;
import app.backcheck.SiteClient;
import app.backcheck.triage.TestAnswers;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A kiosk form posted again after the tablet was reset, as Back and Reload do, shows
 * nothing of the previous walk-in: it goes to the kiosk start. The same form works until
 * then, a new walk-in's forms work after it, and another tablet's walk-in is untouched.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(MovableClock.Config.class)
class KioskStampTests {

	@LocalServerPort
	private int port;

	@Autowired
	private MovableClock clock;

	@Test
	void aKioskFormPostedAgainAfterFinishShouldGoToTheKioskStart() {
		SiteClient site = new SiteClient(this.port);
		Document first = Jsoup.parse(site.get("/check/emergency-signs?kiosk=true").body());
		String stamp = first.select("input[name=kioskStamp]").val();
		assertThat(stamp).isNotEmpty();
		TestAnswers chestPain = TestAnswers.baseline().with("emergencySigns", "CHEST_PAIN");
		HttpResponse<String> stop = site.submit(first, chestPain, SiteClient.CONTINUE);
		assertThat(Jsoup.parse(stop.body()).select("h1").text()).isEqualTo("Get help now");
		assertThat(site.submit(first, chestPain, SiteClient.CONTINUE).body()).as("until the reset it works")
			.contains("Get help now");
		String print = Jsoup.parse(stop.body()).select("a:contains(Print)").attr("href");
		assertThat(print).contains("kioskStamp=");
		assertThat(site.get(print).statusCode()).isEqualTo(200);

		this.clock.advance(Duration.ofSeconds(30));
		site.get(finish(stop));

		HttpResponse<String> again = site.submit(first, chestPain, SiteClient.CONTINUE);
		assertThat(again.uri().getPath()).isEqualTo("/kiosk");
		assertThat(again.body()).doesNotContain("Get help now", "Chest pain");
		HttpResponse<String> printAgain = site.get(print);
		assertThat(printAgain.uri().getPath()).isEqualTo("/kiosk");
		assertThat(printAgain.body()).doesNotContain("Chest pain");
		// The next walk-in's own working stamp, or one from another kiosk page, does not
		// open it either: the link is bound to the walk-in's turn
		String fresh = Jsoup.parse(site.get("/kiosk").body()).select("body").attr("data-finish-url");
		String freshStamp = fresh.substring(fresh.indexOf("kioskStamp=") + "kioskStamp=".length());
		String stampOfA = print.replaceAll(".*kioskStamp=([^&]+).*", "$1");
		HttpResponse<String> withFreshStamp = site.get(print.replace(stampOfA, freshStamp));
		assertThat(withFreshStamp.uri().getPath()).isEqualTo("/kiosk");
		assertThat(withFreshStamp.body()).doesNotContain("Chest pain");
		// A stamp whose turn is changed, or that is joined to another's, is no stamp
		String[] parts = freshStamp.split("\\.");
		String[] partsOfA = stampOfA.split("\\.");
		for (String forged : List.of(parts[0] + "." + partsOfA[1] + "." + parts[2],
				partsOfA[0] + "." + parts[1] + "." + partsOfA[2], parts[0] + "." + parts[1])) {
			assertThat(site.get(print.replace(stampOfA, forged)).uri().getPath()).isEqualTo("/kiosk");
		}
		// The same address without its kiosk fields, as the next walk-in could type it
		// from the tablet's history: the kiosk's token is no share link
		String summary = print.substring(0, print.indexOf('?'));
		for (String path : List.of(summary, summary.replace("/summary", ""),
				"/api/v1" + summary.replace("/summary", ""))) {
			HttpResponse<String> typed = site.get(path);
			assertThat(typed.statusCode()).as(path).isEqualTo(404);
			assertThat(typed.body()).as(path).doesNotContain("Chest pain", "CHEST_PAIN");
		}

		Document next = Jsoup.parse(site.get("/check/emergency-signs?kiosk=true").body());
		assertThat(
				Jsoup.parse(site.submit(next, TestAnswers.baseline(), SiteClient.CONTINUE).body()).select("h1").text())
			.as("the next walk-in's forms work")
			.isEqualTo("Do you have any of these signs that a doctor should check?");
	}

	/**
	 * A stamp holds its time to the second: one from the second of the reset must still
	 * stop working.
	 */
	@Test
	void aKioskFormPostedAgainAfterFinishInTheSameSecondShouldGoToTheKioskStart() {
		SiteClient site = new SiteClient(this.port);
		this.clock.advance(Duration.ofMillis(1100));
		Document first = Jsoup.parse(site.get("/check/emergency-signs?kiosk=true").body());
		TestAnswers chestPain = TestAnswers.baseline().with("emergencySigns", "CHEST_PAIN");
		HttpResponse<String> stop = site.submit(first, chestPain, SiteClient.CONTINUE);
		assertThat(stop.body()).contains("Get help now");
		this.clock.advance(Duration.ofMillis(400));
		site.get(finish(stop));
		HttpResponse<String> again = site.submit(first, chestPain, SiteClient.CONTINUE);
		assertThat(again.uri().getPath()).isEqualTo("/kiosk");
		assertThat(again.body()).doesNotContain("Get help now", "Chest pain");

		this.clock.advance(Duration.ofMillis(100));
		Document next = Jsoup.parse(site.get("/check/emergency-signs?kiosk=true").body());
		assertThat(
				Jsoup.parse(site.submit(next, TestAnswers.baseline(), SiteClient.CONTINUE).body()).select("h1").text())
			.as("a page given after the reset, in its second, works")
			.isEqualTo("Do you have any of these signs that a doctor should check?");
	}

	/**
	 * Two tablets behind one address (a clinic's network): one walk-in's Finish, or the
	 * idle reset of a tablet left at the start, ends nothing of the other's turn, and a
	 * Finish without a stamp (a link on some other page) ends nothing at all.
	 */
	@Test
	void finishEndsOnlyTheTurnOfItsOwnPage() {
		SiteClient site = new SiteClient(this.port);
		Document tabletA = Jsoup.parse(site.get("/check/emergency-signs?kiosk=true").body());
		Document tabletB = Jsoup.parse(site.get("/check/emergency-signs?kiosk=true").body());
		HttpResponse<String> next = site.submit(tabletB, TestAnswers.baseline(), SiteClient.CONTINUE);
		this.clock.advance(Duration.ofSeconds(30));
		site.get(finish(site.get("/kiosk")));
		site.get("/kiosk/finish");
		site.get(finish(site.submit(tabletA, TestAnswers.baseline(), SiteClient.CONTINUE)));
		assertThat(site.submit(tabletA, TestAnswers.baseline(), SiteClient.CONTINUE).uri().getPath())
			.as("tablet A's own turn is over")
			.isEqualTo("/kiosk");
		assertThat(
				Jsoup.parse(site.submit(Jsoup.parse(next.body()), TestAnswers.baseline(), SiteClient.CONTINUE).body())
					.select("h1")
					.text())
			.as("tablet B carries on")
			.isEqualTo("Where it hurts");
	}

	private static String finish(HttpResponse<String> page) {
		String finish = Jsoup.parse(page.body()).select("a.app-header__restart").attr("href");
		assertThat(finish).startsWith("/kiosk/finish?kioskStamp=");
		return finish;
	}

	@Test
	void aKioskPostWithoutAWorkingStampShouldGoToTheKioskStart() {
		SiteClient site = new SiteClient(this.port);
		Document page = Jsoup.parse(site.get("/check/emergency-signs?kiosk=true").body());
		page.select("input[name=kioskStamp]").remove();
		assertThat(site.submit(page, TestAnswers.baseline(), SiteClient.CONTINUE).uri().getPath()).isEqualTo("/kiosk");
		page.selectFirst("form")
			.appendElement("input")
			.attr("type", "hidden")
			.attr("name", "kioskStamp")
			.attr("value", "forged");
		assertThat(site.submit(page, TestAnswers.baseline(), SiteClient.CONTINUE).uri().getPath()).isEqualTo("/kiosk");
	}

	@Test
	void aCheckOutsideKioskModeNeedsNoStamp() {
		SiteClient site = new SiteClient(this.port);
		Document page = Jsoup.parse(site.get("/check/emergency-signs").body());
		assertThat(page.select("input[name=kioskStamp]")).isEmpty();
		this.clock.advance(Duration.ofSeconds(30));
		site.get("/kiosk/finish");
		assertThat(
				Jsoup.parse(site.submit(page, TestAnswers.baseline(), SiteClient.CONTINUE).body()).select("h1").text())
			.isEqualTo("Do you have any of these signs that a doctor should check?");
	}

}
