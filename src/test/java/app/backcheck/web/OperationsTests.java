package app.backcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import app.backcheck.SiteClient;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/**
 * Health and metrics live on a management port of their own; the public port exposes none
 * of them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OperationsTests {

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	@Test
	void livenessAndReadinessShouldBeUpOnTheManagementPort() {
		SiteClient management = new SiteClient(this.managementPort);
		assertThat(this.managementPort).isNotEqualTo(this.port);
		for (String probe : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			HttpResponse<String> health = management.get(probe);
			assertThat(health.statusCode()).as(probe).isEqualTo(200);
			assertThat(health.body()).as(probe).contains("\"status\":\"UP\"").doesNotContain("components");
		}
	}

	@Test
	void prometheusMetricsShouldBeOnTheManagementPortWithRouteTemplatesNotPaths() {
		SiteClient site = new SiteClient(this.port);
		site.get("/results/some-token-that-does-not-open");
		String metrics = new SiteClient(this.managementPort).get("/actuator/prometheus").body();
		assertThat(metrics).contains("http_server_requests_seconds_count", "uri=\"/results/{token}\"")
			.doesNotContain("some-token-that-does-not-open");
	}

	@Test
	void theIconEveryBrowserAsksForShouldBeThere() {
		HttpResponse<String> icon = new SiteClient(this.port).get("/favicon.ico");
		assertThat(icon.statusCode()).isEqualTo(200);
		assertThat(icon.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("image/"));
	}

	@Test
	void theErrorPageAskedForByItsAddressShouldNotBeFound() {
		SiteClient site = new SiteClient(this.port);
		assertThat(site.get("/error", "Accept", "text/html").statusCode()).isEqualTo(404);
		assertThat(site.get("/error", "Accept", "application/json").statusCode()).isEqualTo(404);
	}

	@Test
	void theManagementPortShouldListenOnThisMachineOnlyByDefault(@Autowired Environment environment) {
		assertThat(environment.getProperty("management.server.address")).isEqualTo("127.0.0.1");
	}

	@Test
	void nothingElseShouldBeExposedAnywhere() {
		SiteClient site = new SiteClient(this.port);
		SiteClient management = new SiteClient(this.managementPort);
		for (String path : new String[] { "/actuator", "/actuator/health", "/actuator/prometheus", "/actuator/env" }) {
			assertThat(site.get(path, "Accept", "application/json").statusCode()).as("public " + path).isEqualTo(404);
		}
		for (String path : new String[] { "/actuator/env", "/actuator/beans", "/actuator/heapdump",
				"/actuator/configprops", "/actuator/loggers" }) {
			assertThat(management.get(path).statusCode()).as("management " + path).isEqualTo(404);
		}
	}

}
