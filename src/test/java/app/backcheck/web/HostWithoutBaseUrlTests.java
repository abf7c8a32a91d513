package app.backcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Without a configured base URL a request's own host is used for share links and QR codes
 * only when it is plain; any other Host still gets the page, with links relative to the
 * site.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class HostWithoutBaseUrlTests {

	@LocalServerPort
	private int port;

	@Test
	void aHostTooLongForAQrCodeShouldNeverFailThePage(CapturedOutput output) throws IOException {
		String response = HostHeaderTests.send(this.port,
				"GET /?from=Club HTTP/1.1\r\nHost: " + "a".repeat(3000) + ".example\r\n" + "Connection: close\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 200");
		assertThat(HostHeaderTests.body(response)).doesNotContain("aaaaaaaaaa");
		assertThat(output.getAll()).doesNotContain(" ERROR ");
	}

	@Test
	void aPlainHostShouldBeUsedForTheShareLink() throws IOException {
		String response = HostHeaderTests.send(this.port,
				"GET / HTTP/1.1\r\nHost: clinic.example:8443\r\nConnection: close\r\n\r\n");
		assertThat(HostHeaderTests.body(response)).contains("http://clinic.example:8443/");
	}

}
