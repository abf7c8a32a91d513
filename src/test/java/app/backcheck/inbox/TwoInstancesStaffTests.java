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
 * Two instances on one PostgreSQL database share a member of staff's session: signed in
 * on one, the other serves the inbox and takes its forms, CSRF token included.
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

	@Test
	void aSessionStartedOnOneInstanceServesTheInboxOnTheOther() throws IOException, InterruptedException {
		Organisation clinic = this.first.getBean(OrganisationRepository.class)
			.save(Organisation.of("shared-clinic", "Shared Clinic", Kind.CLINIC));
		this.first.getBean(StaffAccountRepository.class)
			.save(new StaffAccount(null, clinic.id(), "shared-desk",
					this.first.getBean(PasswordEncoder.class).encode(PASSWORD), Role.STAFF));
		Submission sent = this.first.getBean(Inbox.class)
			.send(clinic, TestAnswers.baseline().raw(), "Pat", Locale.ENGLISH)
			.orElseThrow();

		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
		String token = Jsoup.parse(get(browser, this.first, "/staff/login").body()).select("input[name=_csrf]").val();
		HttpResponse<String> signIn = post(browser, this.first, "/staff/login", "username=shared-desk&password="
				+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token);
		assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/staff/inbox");

		HttpResponse<String> inbox = get(browser, this.second, "/staff/inbox");
		assertThat(inbox.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(inbox.body()).select("tbody").text()).contains(sent.reference(), "Pat");
		String entry = "/staff/inbox/" + sent.id();
		String secondToken = Jsoup.parse(get(browser, this.second, entry).body()).select("input[name=_csrf]").val();
		assertThat(post(browser, this.first, entry + "/seen", "_csrf=" + secondToken).statusCode()).isEqualTo(302);
		assertThat(this.second.getBean(JdbcTemplate.class)
			.queryForObject("SELECT seen_at FROM submission WHERE id = ?", Object.class, sent.id())).isNotNull();
	}

	private ConfigurableApplicationContext start() {
		String url = TestPostgres.URL + "?currentSchema=" + this.postgres.name();
		return new SpringApplicationBuilder(BackCheckApplication.class).run("--server.port=0",
				"--management.server.port=0", "--backcheck.share.key=" + KEY, "--backcheck.rate-limit.enabled=false",
				"--spring.main.banner-mode=off", "--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + TestPostgres.USER, "--spring.datasource.password=",
				"--spring.flyway.schemas=" + this.postgres.name());
	}

	private static HttpResponse<String> get(HttpClient browser, ConfigurableApplicationContext instance, String path)
			throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(uri(instance, path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(HttpClient browser, ConfigurableApplicationContext instance, String path,
			String form) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(uri(instance, path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext instance, String path) {
		return URI
			.create("http://localhost:" + ((WebServerApplicationContext) instance).getWebServer().getPort() + path);
	}

}
