package app.backcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a proxy that says the request came over HTTPS, the browser policy includes HSTS;
 * Tomcat's own refusals carry the policy too.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.forward-headers-strategy=native")
class BehindAProxyTests {

	@LocalServerPort
	private int port;

	@Test
	void aRequestThatReachedTheProxyOverHttpsShouldGetHsts() throws IOException {
		String response = HostHeaderTests.send(this.port,
				"GET /privacy HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Proto: https\r\nConnection: close\r\n\r\n");
		assertThat(HostHeaderTests.header(response, "Strict-Transport-Security")).contains("max-age=");
		String plain = HostHeaderTests.send(this.port,
				"GET /privacy HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(HostHeaderTests.header(plain, "Strict-Transport-Security")).isEmpty();
	}

	@Test
	void tomcatsOwnBadRequestAnswersShouldCarryThePolicy() throws IOException {
		for (String request : new String[] { "GET /%5C HTTP/1.1", "GET /a;b HTTP/1.1", "PROPFIND / HTTP/1.1" }) {
			String response = HostHeaderTests.send(this.port,
					request + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");
			assertThat(response).as(request).startsWith("HTTP/1.1 400");
			assertThat(HostHeaderTests.header(response, "Content-Security-Policy")).as(request).contains("default-src");
			assertThat(HostHeaderTests.header(response, "X-Content-Type-Options")).as(request).isEqualTo("nosniff");
		}
	}

}
