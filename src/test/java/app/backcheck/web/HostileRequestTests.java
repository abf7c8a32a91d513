package app.backcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import app.backcheck.SiteClient;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests a security review sent: none may fail a page, write an ERROR line, or slip
 * past the body limit.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestTests {

	@LocalServerPort
	private int port;

	@Test
	void aBrowserAskingForManyLanguagesShouldStillGetEveryPage(CapturedOutput output) {
		SiteClient site = new SiteClient(this.port);
		String many = "en-US,en;q=0.9,es;q=0.8,fr;q=0.7,de;q=0.6,it;q=0.5,pt;q=0.4,nl;q=0.3,sv;q=0.2,pl;q=0.1,"
				+ "ja;q=0.1";
		for (String path : new String[] { "/how-it-decides?lang=es", "/privacy?x=1", "/css/app.css", "/?from=Club" }) {
			assertThat(site.get(path, "Accept-Language", many).statusCode()).as(path).isEqualTo(200);
		}
		assertThat(Jsoup.parse(site.get("/privacy?x=2", "Accept-Language", "es," + many).body())
			.select("html")
			.attr("lang")).isEqualTo("es");
		assertThat(output.getAll()).doesNotContain(" ERROR ");
	}

	@Test
	void aMultipartBodyShouldBeRefusedUnreadWhateverItsLength(CapturedOutput output) {
		SiteClient site = new SiteClient(this.port);
		for (String type : new String[] { "multipart/form-data", "multipart/form-data; boundary=XyZ" }) {
			String body = "--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a\"\r\n\r\n"
					+ "x".repeat(50_000) + "\r\n--XyZ--\r\n";
			// Sent without a declared length, as a chunked body is
			HttpResponse<String> response = site.send(HttpRequest.newBuilder(site.uri("/check/emergency-signs"))
				.header("Content-Type", type)
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofString(body))));
			assertThat(response.statusCode()).as(type).isEqualTo(415);
		}
		assertThat(output.getAll()).doesNotContain(" ERROR ");
	}

	@Test
	void controlCharactersInAClubNameShouldBecomeSpaces() {
		String page = new SiteClient(this.port).get("/?from=A%C2%85B%C2%9FC%07D%E2%80%A8E%E2%80%A9F").body();
		assertThat(Jsoup.parse(page).select(".app-shared-by strong, .app-shared-by").first().wholeText())
			.contains("A B C D E F")
			.doesNotContain("\u0085", "\u009f", "\u0007", "\u2028", "\u2029");
	}

	@Test
	void controlCharactersInATypedAnswerShouldBeShownAgainAsSpaces() {
		SiteClient site = new SiteClient(this.port);
		HttpResponse<String> response = site.send(HttpRequest.newBuilder(site.uri("/check/where-it-hurts?lang=es"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("emergencySigns=NONE&warningSigns=NONE&severity=6%00%01%7F%C2%85x%09y")));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("\u0000", "\u0001", "\u007f", "\u0085");
		assertThat(Jsoup.parse(response.body()).select("#severity").val()).isEqualTo("6    x\ty");
		assertThat(Jsoup.parse(response.body()).select(".app-error-summary").text()).isNotEmpty();
	}

	@Test
	void bracesInAClubNameShouldBeEncodedInTheShareLink() {
		String page = new SiteClient(this.port).get("/?from=%7Ba%26lang%3Des%26kiosk%3Dtrue%26b%7D").body();
		String link = Jsoup.parse(page).select(".app-share__link a").attr("href");
		assertThat(link).endsWith("/?from=%7Ba%26lang%3Des%26kiosk%3Dtrue%26b%7D");
		assertThat(Jsoup.parse(page).select("svg.app-qr title").text()).contains(link);
	}

	@Test
	void aHostWithAnImpossiblePortShouldNotBeWrittenIntoLinks() throws IOException {
		String response = HostHeaderTests.send(this.port,
				"GET /?from=P HTTP/1.1\r\nHost: clinic.example:99999\r\nConnection: close\r\n\r\n");
		assertThat(response).doesNotContain("clinic.example:99999/");
	}

}
