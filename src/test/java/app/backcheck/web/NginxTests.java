package app.backcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import app.backcheck.BackCheckApplication;
import app.backcheck.SiteClient;
import app.backcheck.triage.TestAnswers;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
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
 * not installed, unless {@value #REQUIRE} is {@code true}, as CI sets it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NginxTests {

	static final String REQUIRE = "BACKCHECK_REQUIRE_NGINX";

	private static final Path NGINX = Path.of("/usr/sbin/nginx");

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	private Path prefix;

	private final List<ConfigurableApplicationContext> instances = new java.util.ArrayList<>();

	private Process nginx;

	private int port;

	@BeforeAll
	void startInstancesBehindNginx() throws Exception {
		if (!Files.isExecutable(NGINX)) {
			String message = "nginx is not installed (apt-get install -y nginx)";
			if (Boolean.parseBoolean(System.getenv(REQUIRE))) {
				Assertions.fail(message);
			}
			Assumptions.abort(message + ": the nginx example is not tested here");
		}
		for (int i = 0; i < 2; i++) {
			this.instances.add(new SpringApplicationBuilder(BackCheckApplication.class).run("--server.port=0",
					"--management.server.port=0", "--backcheck.share.key=" + KEY,
					"--server.forward-headers-strategy=native", "--spring.main.banner-mode=off",
					// Sixteen workers between the two instances, as many as one instance
					// has in production
					"--server.tomcat.threads.max=8"));
		}
		this.prefix = Files.createTempDirectory("backcheck-nginx");
		this.port = freePort();
		String config = Files.readString(Path.of("docs/deploy/nginx.conf"))
			.replace("127.0.0.1:8080", "127.0.0.1:" + port(0))
			.replace("127.0.0.1:8082", "127.0.0.1:" + port(1))
			.replace("listen 80 default_server;", "listen 127.0.0.1:" + this.port + " default_server;")
			.replace("listen 80;", "listen 127.0.0.1:" + this.port + ";")
			.replace("server_name backcheck.example;", "server_name localhost;")
			.replace("http {", "http {\n\taccess_log " + this.prefix.resolve("logs/access.log") + ";");
		Files.createDirectories(this.prefix.resolve("logs"));
		Files.writeString(this.prefix.resolve("nginx.conf"), config);
		this.nginx = new ProcessBuilder(NGINX.toString(), "-p", this.prefix.toString(), "-c",
				this.prefix.resolve("nginx.conf").toString(), "-g",
				"daemon off; master_process off; pid " + this.prefix.resolve("nginx.pid") + "; error_log "
						+ this.prefix.resolve("logs/error.log") + ";")
			.redirectErrorStream(true)
			.redirectOutput(this.prefix.resolve("nginx.out").toFile())
			.start();
		waitForPort(this.port);
	}

	@AfterAll
	void stopAll() throws InterruptedException {
		if (this.nginx != null) {
			this.nginx.destroy();
			this.nginx.waitFor(10, TimeUnit.SECONDS);
		}
		this.instances.forEach(ConfigurableApplicationContext::close);
		if (this.prefix != null) {
			org.springframework.util.FileSystemUtils.deleteRecursively(this.prefix.toFile());
		}
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
		assertThat(Files.readString(this.prefix.resolve("logs/access.log"))).contains("POST /check/result")
			.doesNotContain(token);
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

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private void waitForPort(int port) throws InterruptedException, IOException {
		for (int attempt = 0; attempt < 100; attempt++) {
			try (Socket socket = new Socket("127.0.0.1", port)) {
				return;
			}
			catch (IOException ex) {
				Thread.sleep(100);
			}
		}
		throw new IllegalStateException("nginx did not start: " + Files.readString(this.prefix.resolve("nginx.out")));
	}

}
