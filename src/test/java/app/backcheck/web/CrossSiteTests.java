package app.backcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import app.backcheck.SiteClient;
import app.backcheck.triage.TestAnswers;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Another site cannot send answers in a visitor's name: posts a browser marks as coming
 * from elsewhere are refused, without a cookie or token. Clients that are not browsers
 * (the API's) send neither header and are served as ever.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CrossSiteTests {

	@LocalServerPort
	private int port;

	@Test
	void aFormPostFromAnotherSiteShouldBeRefused() {
		assertThat(post("Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
		assertThat(post("Sec-Fetch-Site", "same-site").statusCode()).isEqualTo(403);
		assertThat(post("Origin", "https://evil.example").statusCode()).isEqualTo(403);
		assertThat(post("Origin", "null").statusCode()).isEqualTo(403);
		HttpResponse<String> refused = post("Sec-Fetch-Site", "cross-site");
		assertThat(Jsoup.parse(refused.body()).select("h1").text()).isEqualTo("This was sent from another website");
		assertThat(refused.headers().firstValue("Content-Security-Policy")).isPresent();
	}

	@Test
	void aFormPostFromThisSiteShouldBeServed() {
		assertThat(post("Sec-Fetch-Site", "same-origin").statusCode()).isEqualTo(200);
		assertThat(post("Origin", "http://localhost:" + this.port).statusCode()).isEqualTo(200);
		assertThat(post("X-Nothing", "none").statusCode()).isEqualTo(200);
	}

	@Test
	void anApiClientThatIsNotABrowserShouldBeServed() {
		SiteClient site = new SiteClient(this.port);
		HttpResponse<String> response = site.send(HttpRequest.newBuilder(site.uri("/api/v1/assessments"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"emergencySigns\":[\"CHEST_PAIN\"]}")));
		assertThat(response.statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> post(String header, String value) {
		SiteClient site = new SiteClient(this.port);
		StringBuilder body = new StringBuilder();
		TestAnswers.baseline().formParameters().forEach((pair) -> {
			for (int i = 1; i < pair.length; i++) {
				body.append(pair[0]).append('=').append(pair[i]).append('&');
			}
		});
		return site.send(HttpRequest.newBuilder(site.uri("/check/where-it-hurts"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.header(header, value)
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

}
