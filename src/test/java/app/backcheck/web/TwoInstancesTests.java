package app.backcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
 * Two instances given the same share key serve one check between them, each page from the
 * other instance, and each opens the other's share links: nothing about a check lives in
 * an instance.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTests {

	private static final String KEY = Base64.getEncoder()
		.encodeToString(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
				24, 25, 26, 27, 28, 29, 30, 31, 32 });

	private ConfigurableApplicationContext first;

	private ConfigurableApplicationContext second;

	@BeforeAll
	void startTwoInstances() {
		this.first = start();
		this.second = start();
	}

	@AfterAll
	void stopThem() {
		List.of(this.first, this.second).forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void aCheckCanHopBetweenInstancesAndEitherOpensTheShareLink() {
		List<SiteClient> instances = List.of(site(this.first), site(this.second));
		TestAnswers answers = TestAnswers.baseline().with("painLocation=UPPER_BACK; age=52");
		Document page = Jsoup.parse(instances.get(0).get("/check/emergency-signs").body());
		int step = 1;
		while (!page.select("form").attr("action").equals("/check/result")) {
			page = Jsoup.parse(instances.get(step++ % 2).submit(page, answers, SiteClient.CONTINUE).body());
			assertThat(page.select(".app-error-summary")).isEmpty();
		}
		SiteClient resultInstance = instances.get(step % 2);
		Document result = Jsoup.parse(resultInstance.submit(page, answers, "button.app-button").body());
		assertThat(result.select(".app-card__heading").text()).isEqualTo("Speak to a doctor today");
		String link = result.select(".app-share a").attr("href");
		SiteClient otherInstance = instances.get((step + 1) % 2);
		HttpResponse<String> reopened = otherInstance.get(link);
		assertThat(reopened.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(reopened.body()).select(".app-card__heading").text())
			.isEqualTo("Speak to a doctor today");
		assertThat(reopened.headers().allValues("Set-Cookie")).isEmpty();
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(BackCheckApplication.class).run("--server.port=0",
				"--management.server.port=0", "--backcheck.share.key=" + KEY, "--backcheck.rate-limit.enabled=false",
				"--spring.main.banner-mode=off");
	}

	private static SiteClient site(ConfigurableApplicationContext context) {
		return new SiteClient(((WebServerApplicationContext) context).getWebServer().getPort());
	}

}
