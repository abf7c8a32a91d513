package app.backcheck;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import app.backcheck.triage.TestAnswers;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Pages through MockMvc: answers posted as the forms send them, and responses parsed for
 * selecting elements.
 */
public final class Pages {

	private Pages() {
	}

	/** A post of the answers as form fields, "None of these" for an empty set. */
	public static MockMvcRequestBuilder post(MockMvcTester mvc, String uri, TestAnswers answers) {
		MockMvcRequestBuilder request = mvc.post().uri(uri);
		answers.formParameters().forEach((pair) -> request.param(pair[0], Arrays.copyOfRange(pair, 1, pair.length)));
		return request;
	}

	public static Document page(MockMvcTester mvc, MockMvcRequestBuilder request) {
		return page(mvc.perform(request));
	}

	public static Document page(MvcTestResult result) {
		return Jsoup.parse(body(result));
	}

	public static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
