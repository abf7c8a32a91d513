package app.backcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import app.backcheck.BackCheckApplication;
import app.backcheck.SiteClient;
import app.backcheck.triage.TestAnswers;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The nginx configuration in docs/deploy/nginx.conf, run as it is (ports and log file
 * changed) in front of two instances: a whole check goes through it, share links name the
 * address people use, and share links stay out of its access log. Skipped where nginx is
 * not installed, unless {@value TestNginx#REQUIRE} is {@code true}, as CI sets it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NginxTests {

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	private final List<ConfigurableApplicationContext> instances = new java.util.ArrayList<>();

	private TestNginx nginx;

	private int port;

	@BeforeAll
	void startInstancesBehindNginx() throws Exception {
		TestNginx.assumeInstalled();
		for (int i = 0; i < 2; i++) {
			this.instances.add(new SpringApplicationBuilder(BackCheckApplication.class).run("--server.port=0",
					"--management.server.port=0", "--backcheck.share.key=" + KEY,
					"--server.forward-headers-strategy=native", "--spring.main.banner-mode=off",
					// Sixteen workers between the two instances, as many as one instance
					// has in production
					"--server.tomcat.threads.max=8"));
		}
		this.nginx = TestNginx.inFrontOf(port(0), port(1));
		this.port = this.nginx.port();
	}

	@AfterAll
	void stopAll() throws InterruptedException {
		if (this.nginx != null) {
			this.nginx.close();
		}
		this.instances.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void aWholeCheckGoesThroughNginxAndItsShareLinkNamesTheProxy() throws IOException {
		SiteClient proxy = new SiteClient(this.port);
		TestAnswers answers = TestAnswers.baseline().with("tenderKnot", "true");
		Document page = Jsoup.parse(proxy.get("/check/emergency-signs").body());
		while (!page.select("form").attr("action").equals("/check/result")) {
			page = Jsoup.parse(proxy.submit(page, answers, SiteClient.CONTINUE).body());
			assertThat(page.select(".app-error-summary")).isEmpty();
		}
		Document result = Jsoup.parse(proxy.submit(page, answers, "button.app-button").body());
		String shareUrl = result.select(".app-share__address").text();
		assertThat(shareUrl).startsWith("http://localhost:" + this.port + "/results/");
		String path = shareUrl.substring(shareUrl.indexOf("/results/"));
		for (int i = 0; i < 4; i++) {
			assertThat(proxy.get(path).statusCode()).isEqualTo(200);
		}
		assertThat(proxy.get(path + "/summary").statusCode()).isEqualTo(200);
		assertThat(proxy.get("/api/v1" + path).statusCode()).isEqualTo(200);
		String token = path.substring("/results/".length());
		assertThat(this.nginx.accessLog()).contains("POST /check/result").doesNotContain(token);
	}

	/**
	 * Sixteen clients each declare a body and send one byte of it: as many as the
	 * instances have workers, which would all wait for the rest, but nginx holds the
	 * bodies, and a page still comes at once.
	 */
	@Test
	void slowBodiesHeldOpenDoNotStopTheSite() throws Exception {
		List<Socket> slow = new java.util.ArrayList<>();
		try {
			for (int i = 0; i < 16; i++) {
				Socket socket = new Socket("127.0.0.1", this.port);
				socket.getOutputStream()
					.write(("POST /check/emergency-signs HTTP/1.1\r\nHost: localhost\r\n"
							+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\ne")
						.getBytes(StandardCharsets.ISO_8859_1));
				slow.add(socket);
			}
			Thread.sleep(500);
			// Without the defence no worker is free for a minute: the request would time
			// out
			SiteClient site = new SiteClient(this.port);
			java.net.http.HttpResponse<String> page = site
				.send(java.net.http.HttpRequest.newBuilder(site.uri("/privacy?slow=1")).timeout(Duration.ofSeconds(5)));
			assertThat(page.statusCode()).isEqualTo(200);
		}
		finally {
			for (Socket socket : slow) {
				socket.close();
			}
		}
	}

	@Test
	void anotherHostNameIsRefusedAndAForwardedHostFromAClientNeverPasses() throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.getOutputStream()
				.write("GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
					.getBytes(StandardCharsets.ISO_8859_1));
			assertThat(socket.getInputStream().readAllBytes()).isEmpty();
		}
		String page = new SiteClient(this.port).get("/", "X-Forwarded-Host", "evil.example").body();
		assertThat(page).contains("http://localhost:" + this.port + "/").doesNotContain("evil.example");
	}

	private int port(int instance) {
		return ((WebServerApplicationContext) this.instances.get(instance)).getWebServer().getPort();
	}

}
