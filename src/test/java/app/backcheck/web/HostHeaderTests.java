package app.backcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Absolute addresses come from the configured base URL, never from a Host or
 * X-Forwarded-Host a client sends, and no Host makes a page fail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "backcheck.site.base-url=https://backcheck.example")
class HostHeaderTests {

	@LocalServerPort
	private int port;

	@Test
	void shareLinksQrCodesAndRedirectsShouldIgnoreTheHostAClientSends() throws IOException {
		String start = send(this.port, "GET / HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Host: evil.example\r\n"
				+ "Connection: close\r\n\r\n");
		Document page = Jsoup.parse(body(start));
		assertThat(page.select(".app-share input, .app-share a, .app-share p, svg title").eachText())
			.noneMatch((text) -> text.contains("evil.example"));
		assertThat(page.select("svg.app-qr title").text()).contains("https://backcheck.example/");
		String redirect = send(this.port, "GET /check HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
		assertThat(header(redirect, "Location")).startsWith("/check/emergency-signs").doesNotContain("evil");
	}

	static String send(int port, String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static String body(String response) {
		return response.substring(response.indexOf("\r\n\r\n") + 4);
	}

	static String header(String response, String name) {
		for (String line : response.substring(0, response.indexOf("\r\n\r\n")).split("\r\n")) {
			if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
				return line.substring(name.length() + 1).strip();
			}
		}
		return "";
	}

}
