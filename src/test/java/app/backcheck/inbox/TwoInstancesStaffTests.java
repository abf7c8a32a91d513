package app.backcheck.inbox;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import app.backcheck.BackCheckApplication;
import app.backcheck.inbox.Organisation.Kind;
import app.backcheck.inbox.StaffAccount.Role;
import app.backcheck.triage.TestAnswers;
import app.backcheck.web.TestNginx;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one PostgreSQL database share a member of staff's session (signed in
 * on one, the other serves the inbox and takes its forms, CSRF token included), also
 * behind the tested nginx configuration, and count the same failed sign-ins.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesStaffTests {

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	private static final String PASSWORD = "a desk's long password";

	private TestPostgres postgres;

	private ConfigurableApplicationContext first;

	private ConfigurableApplicationContext second;

	@BeforeAll
	void startTwoInstances() {
		this.postgres = TestPostgres.schema();
		this.first = start();
		this.second = start();
	}

	@AfterAll
	void stopThem() {
		List.of(this.first, this.second).forEach((context) -> {
			if (context != null) {
				context.close();
			}
		});
		if (this.postgres != null) {
			this.postgres.drop();
		}
	}

	/** A clinic with one member of staff of this name, and one screening sent to it. */
	private Submission clinicWithStaff(String code, String username) {
		Organisation clinic = this.first.getBean(OrganisationRepository.class)
			.save(Organisation.of(code, "Shared Clinic", Kind.CLINIC));
		this.first.getBean(StaffAccountRepository.class)
			.save(new StaffAccount(null, clinic.id(), username,
					this.first.getBean(PasswordEncoder.class).encode(PASSWORD), Role.STAFF));
		return this.first.getBean(Inbox.class)
			.send(clinic, TestAnswers.baseline().raw(), "Pat", Locale.ENGLISH)
			.orElseThrow();
	}

	private static HttpResponse<String> signIn(HttpClient browser, URI site, String username, String password)
			throws IOException, InterruptedException {
		String token = Jsoup.parse(get(browser, site.resolve("/staff/login")).body()).select("input[name=_csrf]").val();
		return post(browser, site.resolve("/staff/login"), "username=" + username + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token);
	}

	private static HttpClient browser() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	@Test
	void aSessionStartedOnOneInstanceServesTheInboxOnTheOther() throws IOException, InterruptedException {
		Submission sent = clinicWithStaff("shared-clinic", "shared-desk");
		HttpClient browser = browser();
		HttpResponse<String> signIn = signIn(browser, site(this.first), "shared-desk", PASSWORD);
		assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/staff/inbox");

		HttpResponse<String> inbox = get(browser, site(this.second).resolve("/staff/inbox"));
		assertThat(inbox.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(inbox.body()).select("tbody").text()).contains(sent.reference(), "Pat");
		String entry = "/staff/inbox/" + sent.id();
		String secondToken = Jsoup.parse(get(browser, site(this.second).resolve(entry)).body())
			.select("input[name=_csrf]")
			.val();
		assertThat(post(browser, site(this.first).resolve(entry + "/seen"), "_csrf=" + secondToken).statusCode())
			.isEqualTo(302);
		assertThat(seen(sent)).isNotNull();
	}

	private Object seen(Submission sent) {
		return this.second.getBean(JdbcTemplate.class)
			.queryForObject("SELECT seen_at FROM submission WHERE id = ?", Object.class, sent.id());
	}

	@Test
	void behindTheTestedNginxConfigurationEveryRequestOfASessionWorksWhicheverInstanceServesIt() throws Exception {
		Submission sent = clinicWithStaff("nginx-clinic", "nginx-desk");
		try (TestNginx nginx = TestNginx.inFrontOf(port(this.first), port(this.second))) {
			URI site = URI.create("http://localhost:" + nginx.port());
			HttpClient browser = browser();
			assertThat(signIn(browser, site, "nginx-desk", PASSWORD).headers().firstValue("Location").orElseThrow())
				.isIn("/staff/inbox", site.resolve("/staff/inbox").toString());
			// nginx takes turns between the two: each page below comes from one or the
			// other, and every one finds the session
			for (int i = 0; i < 4; i++) {
				HttpResponse<String> inbox = get(browser, site.resolve("/staff/inbox"));
				assertThat(inbox.statusCode()).isEqualTo(200);
				assertThat(Jsoup.parse(inbox.body()).select("tbody").text()).contains(sent.reference());
			}
			String entry = "/staff/inbox/" + sent.id();
			String token = Jsoup.parse(get(browser, site.resolve(entry)).body()).select("input[name=_csrf]").val();
			get(browser, site.resolve("/staff/inbox"));
			assertThat(post(browser, site.resolve(entry + "/seen"), "_csrf=" + token).statusCode()).isEqualTo(302);
			assertThat(seen(sent)).isNotNull();
			assertThat(nginx.accessLog()).contains("POST /staff/login", "POST " + entry + "/seen")
				.doesNotContain(PASSWORD.replace(" ", "+"));
		}
	}

	@Test
	void failedSignInsOnEitherInstanceCountTowardsOneLimit() throws IOException, InterruptedException {
		clinicWithStaff("limit-clinic", "limit-desk");
		clinicWithStaff("other-clinic", "other-desk");
		assertThat(this.first.getBean(LoginLimits.class).shared()).isTrue();
		for (int i = 0; i < LoginLimits.PER_ACCOUNT; i++) {
			ConfigurableApplicationContext instance = (i % 2 == 0) ? this.first : this.second;
			assertThat(signIn(browser(), site(instance), "limit-desk", "wrong " + i).headers()
				.firstValue("Location")
				.orElseThrow()).endsWith("/staff/login?error");
		}
		assertThat(signIn(browser(), site(this.second), "limit-desk", PASSWORD).headers()
			.firstValue("Location")
			.orElseThrow()).as("locked on both").endsWith("/staff/login?locked");
		assertThat(signIn(browser(), site(this.first), "limit-desk", PASSWORD).headers()
			.firstValue("Location")
			.orElseThrow()).endsWith("/staff/login?locked");
		assertThat(signIn(browser(), site(this.second), "other-desk", PASSWORD).headers()
			.firstValue("Location")
			.orElseThrow()).as("another account is not").endsWith("/staff/inbox");
		List<String> keys = this.first.getBean(JdbcTemplate.class)
			.queryForList("SELECT id FROM login_limit", String.class);
		assertThat(keys).isNotEmpty().allMatch((key) -> key.matches("[0-9a-f]{64}"));
	}

	private ConfigurableApplicationContext start() {
		String url = TestPostgres.URL + "?currentSchema=" + this.postgres.name();
		return new SpringApplicationBuilder(BackCheckApplication.class).run("--server.port=0",
				"--management.server.port=0", "--backcheck.share.key=" + KEY, "--backcheck.rate-limit.enabled=false",
				"--server.forward-headers-strategy=native", "--spring.main.banner-mode=off",
				"--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + TestPostgres.USER, "--spring.datasource.password=",
				"--spring.flyway.schemas=" + this.postgres.name());
	}

	private static HttpResponse<String> get(HttpClient browser, URI uri) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(HttpClient browser, URI uri, String form)
			throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static int port(ConfigurableApplicationContext instance) {
		return ((WebServerApplicationContext) instance).getWebServer().getPort();
	}

	private static URI site(ConfigurableApplicationContext instance) {
		return URI.create("http://localhost:" + port(instance));
	}

}
