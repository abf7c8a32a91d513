package app.backcheck.questionnaire;

import jakarta.servlet.http.HttpServletResponse;

import app.backcheck.results.ShareTokens;
import app.backcheck.results.ShareTokens.Opened;
import app.backcheck.results.ShareTokens.Status;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Reopens a result from its share link, as the result page or as the clinician summary. A link that has expired or
 * does not open gets a page that says so, with a way to start a new check.
 */
@Controller
class SharedResultController {

	static final String LINK_NOT_VALID_VIEW = "results/link-not-valid";

	private final ShareTokens tokens;

	private final ResultPages results;

	SharedResultController(ShareTokens tokens, ResultPages results) {
		this.tokens = tokens;
		this.results = results;
	}

	@GetMapping("/results/{token}")
	String result(@PathVariable String token, Model model, HttpServletResponse response) {
		Opened opened = this.tokens.open(token);
		if (opened.status() != Status.OPEN) {
			return linkNotValid(opened.status(), response);
		}
		return this.results.result(reopened(opened, token), model, response)
			.orElseGet(() -> linkNotValid(Status.INVALID, response));
	}

	@GetMapping("/results/{token}/summary")
	String summary(@PathVariable String token, Model model, HttpServletResponse response) {
		Opened opened = this.tokens.open(token);
		if (opened.status() != Status.OPEN) {
			return linkNotValid(opened.status(), response);
		}
		return this.results.summary(reopened(opened, token), model, response)
			.orElseGet(() -> linkNotValid(Status.INVALID, response));
	}

	private static ResultPages.Check reopened(Opened opened, String token) {
		return new ResultPages.Check(AnswerForm.of(opened.check().answers()), opened.check().checkedAt(), token);
	}

	private String linkNotValid(Status status, HttpServletResponse response) {
		response.setStatus((status == Status.EXPIRED) ? HttpStatus.GONE.value() : HttpStatus.NOT_FOUND.value());
		response.setHeader("Referrer-Policy", "no-referrer");
		return LINK_NOT_VALID_VIEW;
	}

}
