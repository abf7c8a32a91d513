package app.backcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import app.backcheck.SiteClient;
import app.backcheck.triage.Question;
import app.backcheck.triage.Questionnaire;
import app.backcheck.triage.TestAnswers;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Thousands of generated hostile requests (seeded, so a failure repeats) to every form
 * page and to the API: unknown and repeated fields, wrong types, huge and deeply nested
 * values, odd encodings, control characters and markup in every field. None may get a 5xx
 * or come back unescaped, and the site must still answer a good check afterwards.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class FuzzTests {

	private static final int REQUESTS_EACH = 1500;

	private static final String SCRIPT = "<script>alert('x')</script>";

	private static final String IMAGE = "\"><img src=x onerror=alert(1)>";

	private static final List<String> HOSTILE = List.of(SCRIPT, IMAGE, "'; DROP TABLE answers; --", "${7*7}", "#{7*7}",
			"__${T(java.lang.Runtime).getRuntime()}__::.x", "../../../../etc/passwd", "\u0000", "\u202e", "\uFEFF",
			"😀💥", "NONE", "true", "false", "-1", "0", "11", "999999999999999999999", "1e9", "NaN", "", " ",
			"\r\n\r\nX-Injected: yes", "%00", "%C3%28", "&amp;", "<!--", "]]>", "javascript:alert(1)");

	private static final List<String> PATHS = List.of("/check/emergency-signs", "/check/warning-signs",
			"/check/where-it-hurts", "/check/how-it-started", "/check/your-running", "/check/training-habits",
			"/check/change", "/check/result", "/", "/kiosk");

	@LocalServerPort
	private int port;

	private final Random random = new Random(20261125L);

	@Test
	void hostileFormsGetNoServerErrorAndNothingUnescaped(CapturedOutput output) {
		SiteClient site = new SiteClient(this.port);
		for (int i = 0; i < REQUESTS_EACH; i++) {
			String path = PATHS.get(this.random.nextInt(PATHS.size()));
			String body = formBody();
			HttpResponse<String> response = site.send(HttpRequest.newBuilder(site.uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
			assertSafe(response, "POST " + path + " " + abbreviate(body));
		}
		assertAGoodCheckStillWorks(site);
		assertNoErrorLogged(output);
	}

	/**
	 * Hostile Host and X-Forwarded-Host values, sent over a raw connection as a client
	 * can: no 5xx, and nothing of them in a link unless it is a plain host name.
	 */
	@Test
	void hostileHostsGetNoServerErrorAndNoLinkToThem(CapturedOutput output) throws IOException {
		List<String> hosts = List.of("evil.example", "a".repeat(3000) + ".example", "evil.example:99999",
				"user@evil.example", "evil.example/path", "\"evil\".example", "[::1]", "[::1", "1.2.3.4:0",
				"evil.example.", "xn--evil-.example", "-evil.example", "evil_example", "%65vil.example", "😀.example",
				"evil.example:8080:1", ":80", "", "ev il.example", "evil.example\tx");
		for (int i = 0; i < 200; i++) {
			String host = hosts.get(this.random.nextInt(hosts.size()));
			String forwarded = hosts.get(this.random.nextInt(hosts.size()));
			String path = List.of("/", "/?from=Club", "/check", "/kiosk", "/no-such-page").get(this.random.nextInt(5));
			String response = HostHeaderTests.send(this.port, "GET " + path + " HTTP/1.1\r\nHost: " + host
					+ "\r\nX-Forwarded-Host: " + forwarded + "\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
			String request = "Host " + abbreviate(host) + " / X-Forwarded-Host " + abbreviate(forwarded) + " " + path;
			assertThat(response).as(request).matches("(?s)HTTP/1\\.1 [234]\\d\\d .*");
			String links = String.join(" ",
					Jsoup.parse(HostHeaderTests.body(response)).select("a[href], svg title").eachAttr("href"))
					+ HostHeaderTests.header(response, "Location");
			// A plain host name is used when no base URL is set
			// (HostWithoutBaseUrlTests); any other never is
			if (!host.isEmpty() && !List.of("evil.example", "[::1]").contains(host)) {
				assertThat(links).as(request).doesNotContain(host);
			}
			assertThat(links).as(request).doesNotContain("//" + forwarded + "/");
		}
		assertNoErrorLogged(output);
	}

	@Test
	void hostileJsonGetsNoServerErrorAndNothingUnescaped(CapturedOutput output) {
		SiteClient site = new SiteClient(this.port);
		for (int i = 0; i < REQUESTS_EACH; i++) {
			byte[] body = jsonBody();
			HttpResponse<String> response = site.send(HttpRequest.newBuilder(site.uri("/api/v1/assessments"))
				.header("Content-Type",
						this.random.nextInt(10) == 0 ? "application/json;charset=ISO-8859-1" : "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
			assertSafe(response, "POST /api/v1/assessments " + abbreviate(new String(body, StandardCharsets.UTF_8)));
		}
		assertAGoodCheckStillWorks(site);
		assertNoErrorLogged(output);
	}

	@Test
	void hostilePathsAndQueriesGetNoServerError(CapturedOutput output) {
		SiteClient site = new SiteClient(this.port);
		for (int i = 0; i < 300; i++) {
			String value = URLEncoder.encode(hostile(), StandardCharsets.UTF_8);
			for (String path : List.of("/?from=" + value, "/results/" + value, "/results/" + value + "/summary",
					"/check/" + value, "/check/emergency-signs?kiosk=" + value)) {
				assertSafe(site.get(path, "Accept", "text/html"), "GET " + path);
			}
		}
		assertNoErrorLogged(output);
	}

	/**
	 * Nothing a client sends is a server error, so nothing is logged as one, with or
	 * without a stack trace.
	 */
	private static void assertNoErrorLogged(CapturedOutput output) {
		assertThat(output.getAll()).doesNotContain(" ERROR ", "\tat ");
	}

	private void assertSafe(HttpResponse<String> response, String request) {
		assertThat(response.statusCode()).as(request).isLessThan(500);
		assertThat(response.body()).as(request).doesNotContain(SCRIPT, "<img src=x");
		assertThat(response.headers().map()).as(request).doesNotContainKey("x-injected");
		if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
			assertThat(Jsoup.parse(response.body()).select("script:not([src]), img, [onerror]")).as(request).isEmpty();
		}
	}

	private void assertAGoodCheckStillWorks(SiteClient site) {
		StringBuilder form = new StringBuilder();
		TestAnswers.baseline().with("severity", "9").formParameters().forEach((pair) -> {
			for (int i = 1; i < pair.length; i++) {
				form.append(pair[0]).append('=').append(pair[i]).append('&');
			}
		});
		HttpResponse<String> result = site.send(HttpRequest.newBuilder(site.uri("/check/result"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.toString())));
		assertThat(result.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(result.body()).select(".app-card__heading").text())
			.isEqualTo("Book a doctor or physiotherapist");
	}

	private String formBody() {
		List<String> fields = new ArrayList<>();
		int count = this.random.nextInt(30);
		for (int i = 0; i < count; i++) {
			String name = (this.random.nextInt(4) == 0) ? hostile() : field();
			String value = (this.random.nextInt(3) == 0) ? validValue(name) : hostile();
			boolean raw = this.random.nextInt(8) == 0;
			fields.add(raw ? name + "=" + value : encode(name) + "=" + encode(value));
		}
		return String.join(this.random.nextInt(20) == 0 ? ";" : "&", fields);
	}

	private byte[] jsonBody() {
		int kind = this.random.nextInt(10);
		String json = switch (kind) {
			case 0 -> "[".repeat(1000 + this.random.nextInt(2000));
			case 1 -> "{\"age\":" + "[".repeat(600) + "1" + "]".repeat(600) + "}";
			case 2 -> "{\"age\": 30, \"age\": 31, \"painLocation\": \"ALL_OVER\"}";
			case 3 -> {
				String whole = jsonObject();
				yield whole.substring(0, 1 + this.random.nextInt(whole.length()));
			}
			default -> jsonObject();
		};
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		if (this.random.nextInt(15) == 0 && bytes.length > 2) {
			bytes[this.random.nextInt(bytes.length)] = (byte) 0xC3;
		}
		return bytes;
	}

	private String jsonObject() {
		StringBuilder json = new StringBuilder("{");
		int count = this.random.nextInt(25);
		for (int i = 0; i < count; i++) {
			String name = (this.random.nextInt(5) == 0) ? hostile() : field();
			json.append(i > 0 ? "," : "").append(quote(name)).append(':').append(jsonValue(name, 0));
		}
		return json.append('}').toString();
	}

	private String jsonValue(String field, int depth) {
		return switch (this.random.nextInt(depth > 3 ? 6 : 8)) {
			case 0 -> quote(validValue(field));
			case 1 -> String.valueOf(this.random.nextLong());
			case 2 -> String.valueOf(this.random.nextDouble() * 1e30);
			case 3 -> this.random.nextBoolean() ? "true" : "null";
			case 4 -> quote(hostile());
			case 5 -> quote("x".repeat(this.random.nextInt(12_000)));
			case 6 -> "[" + jsonValue(field, depth + 1) + "," + quote(validValue(field)) + "]";
			default -> "{" + quote(hostile()) + ":" + jsonValue(field, depth + 1) + "}";
		};
	}

	private String field() {
		List<Question> questions = Questionnaire.QUESTIONS;
		return switch (this.random.nextInt(10)) {
			case 0 -> "returnTo";
			case 1 -> "change";
			case 2 -> "kiosk";
			default -> questions.get(this.random.nextInt(questions.size())).field();
		};
	}

	private String validValue(String field) {
		return Questionnaire.question(field)
			.filter((question) -> !question.codes().isEmpty())
			.map((question) -> question.codes().get(this.random.nextInt(question.codes().size())))
			.orElse(String.valueOf(this.random.nextInt(120)));
	}

	private String hostile() {
		String value = HOSTILE.get(this.random.nextInt(HOSTILE.size()));
		return (this.random.nextInt(20) == 0) ? value.repeat(200) : value;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String quote(String value) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			if (c == '"' || c == '\\') {
				quoted.append('\\').append(c);
			}
			else if (c < 0x20) {
				quoted.append(String.format("\\u%04x", (int) c));
			}
			else {
				quoted.append(c);
			}
		}
		return quoted.append('"').toString();
	}

	private static String abbreviate(String text) {
		return (text.length() > 300) ? text.substring(0, 300) + "…" : text;
	}

}
