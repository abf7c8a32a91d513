package app.backcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import app.backcheck.triage.Question;
import app.backcheck.triage.Questionnaire;
import app.backcheck.triage.TestAnswers;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Talks to a running site as a browser without JavaScript would: follows links and
 * submits forms with the fields they hold.
 */
public final class SiteClient {

	public static final String CONTINUE = "main button.app-button:not(.app-button--secondary)";

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

	private final int port;

	private final String[] headers;

	/**
	 * @param headers names and values sent with every request that does not set them
	 * itself
	 */
	public SiteClient(int port, String... headers) {
		this.port = port;
		this.headers = headers;
	}

	public HttpResponse<String> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request);
	}

	/**
	 * Submits a form with one of its buttons (the first on the page that matches, and the
	 * form it belongs to): the hidden fields as they are, and for each visible question
	 * in the form the values from {@code answers} (an empty set ticks "None of these").
	 */
	public HttpResponse<String> submit(Document page, TestAnswers answers, String buttonSelector) {
		Element button = page.selectFirst(buttonSelector);
		Element form = button.hasAttr("form") ? page.getElementById(button.attr("form")) : button.closest("form");
		String action = button.hasAttr("formaction") ? button.attr("formaction") : form.attr("action");
		List<String> fields = new ArrayList<>();
		form.select("input[type=hidden]").forEach((input) -> fields.add(field(input.attr("name"), input.val())));
		if (button.hasAttr("name")) {
			fields.add(field(button.attr("name"), button.val()));
		}
		for (Question question : Questionnaire.QUESTIONS) {
			if (!form.select("input[name=" + question.field() + "]:not([type=hidden])").isEmpty()) {
				List<String> values = answers.raw().getOrDefault(question.field(), List.of(""));
				(values.isEmpty() ? List.of("NONE") : values)
					.forEach((value) -> fields.add(field(question.field(), value)));
			}
		}
		return send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(String.join("&", fields))));
	}

	public HttpResponse<String> send(HttpRequest.Builder request) {
		for (int i = 0; i + 1 < this.headers.length; i += 2) {
			if (request.build().headers().firstValue(this.headers[i]).isEmpty()) {
				request.header(this.headers[i], this.headers[i + 1]);
			}
		}
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String field(String name, String value) {
		return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
