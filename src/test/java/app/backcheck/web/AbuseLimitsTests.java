package app.backcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import app.backcheck.SiteClient;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Per-client post limits and request size limits, on a real server.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "backcheck.rate-limit.enabled=true", "backcheck.rate-limit.capacity=3",
				"backcheck.rate-limit.page-capacity=3", "backcheck.rate-limit.period=1h" })
@ExtendWith(OutputCaptureExtension.class)
// The buckets belong to the one client the tests are: the test that needs its posts fresh
// comes first
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AbuseLimitsTests {

	@LocalServerPort
	private int port;

	private SiteClient site;

	@BeforeEach
	void openSite() {
		this.site = new SiteClient(this.port);
	}

	@Test
	@Order(1)
	void postsOverTheLimitGet429WithRetryAfterAsAPageOrProblemDetails() {
		for (int i = 0; i < 3; i++) {
			assertThat(post("/check/emergency-signs", "text/html", "emergencySigns=NONE").statusCode()).isEqualTo(200);
		}
		HttpResponse<String> page = post("/check/emergency-signs", "text/html", "emergencySigns=NONE");
		assertThat(page.statusCode()).isEqualTo(429);
		assertThat(page.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Long.parseLong(seconds)).isBetween(1L, 3600L));
		assertThat(Jsoup.parse(page.body()).select("h1").text()).isEqualTo("Too many checks at once");
		assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		HttpResponse<String> api = this.site.send(HttpRequest.newBuilder(this.site.uri("/api/v1/assessments"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}")));
		assertThat(api.statusCode()).isEqualTo(429);
		assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(api.headers().firstValue("Retry-After")).isPresent();
		assertThat(this.site.get("/").statusCode()).as("pages are still served").isEqualTo(200);
	}

	@Test
	void pagesThatDoWorkAreLimitedTooButStaticFilesAreNot() {
		HttpResponse<String> response = null;
		int served = 0;
		while (served <= 3) {
			response = this.site.get("/results/not-a-link", "Accept", "text/html");
			if (response.statusCode() == 429) {
				break;
			}
			served++;
		}
		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(served).isLessThanOrEqualTo(3);
		assertThat(response.headers().firstValue("Retry-After")).isPresent();
		assertThat(this.site.get("/css/app.css").statusCode()).isEqualTo(200);
	}

	@Test
	void aClientOverItsLimitIsRefusedBeforeItsFormIsRead(CapturedOutput output) {
		for (int i = 0; i <= 3; i++) {
			post("/check/emergency-signs", "text/html", "emergencySigns=NONE");
		}
		HttpResponse<String> refused = post("/check/emergency-signs", "text/html", "emergencySigns=%ZZ");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(output.getAll()).doesNotContain("Dropped request parameters");
	}

	@Test
	void anIpv6ClientIsItsSixtyFourNetwork() {
		assertThat(RateLimitFilter.client("2001:db8:1:2::1")).isEqualTo(RateLimitFilter.client("2001:db8:1:2:ffff::9"))
			.isEqualTo(RateLimitFilter.client("[2001:db8:1:2:0:0:0:7]"));
		assertThat(RateLimitFilter.client("2001:db8:1:3::1")).isNotEqualTo(RateLimitFilter.client("2001:db8:1:2::1"));
		assertThat(RateLimitFilter.client("192.0.2.7")).isEqualTo("192.0.2.7");
	}

	@Test
	void anOversizeBodyGets413AndOversizeHeadersGet400() {
		HttpResponse<String> json = this.site.send(HttpRequest.newBuilder(this.site.uri("/api/v1/questionnaire"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.method("POST", HttpRequest.BodyPublishers.ofString("{\"a\":\"" + "x".repeat(20_000) + "\"}")));
		assertThat(json.statusCode()).isEqualTo(413);
		assertThat(json.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		HttpResponse<String> headers = this.site.get("/", "X-Padding", "x".repeat(20_000));
		assertThat(headers.statusCode()).isEqualTo(400);
		assertThat(headers.headers().firstValue("Content-Security-Policy")).as("Tomcat's own 400").isPresent();
	}

	/**
	 * A kept page is answered from memory only for a plain GET: one with a body meets the
	 * body limit like a post.
	 */
	@Test
	void aGetOfAKeptPageWithAnOversizeBodyGets413() {
		assertThat(this.site.get("/").statusCode()).as("the page is kept").isEqualTo(200);
		HttpResponse<String> page = this.site.send(HttpRequest.newBuilder(this.site.uri("/"))
			.header("Accept", "text/html")
			.method("GET", HttpRequest.BodyPublishers.ofString("x".repeat(20_000))));
		assertThat(page.statusCode()).isEqualTo(413);
		assertThat(page.body()).doesNotContain("Start now");
	}

	private HttpResponse<String> post(String path, String accept, String form) {
		return this.site.send(HttpRequest.newBuilder(this.site.uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", accept)
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

}
