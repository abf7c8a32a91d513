package app.backcheck.result;

import jakarta.servlet.http.HttpServletResponse;

import app.backcheck.result.Results.SharedResult;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Reopens a result from its share link, as the result page or as the clinician summary. A
 * link that has expired or does not open gets a page that says so, with a way to start a
 * new check.
 */
@Controller
class SharedResultController {

	static final String LINK_NOT_VALID_VIEW = "result/link-not-valid";

	private final Results results;

	private final ResultPages pages;

	SharedResultController(Results results, ResultPages pages) {
		this.results = results;
		this.pages = pages;
	}

	@GetMapping("/results/{token}")
	String result(@PathVariable String token, Model model, HttpServletResponse response) {
		return show(token, model, response, this.pages::result);
	}

	@GetMapping("/results/{token}/summary")
	String summary(@PathVariable String token, Model model, HttpServletResponse response) {
		return show(token, model, response, this.pages::summary);
	}

	/**
	 * A kiosk's Print link opens its own kind of token, and only on a kiosk page: the
	 * kiosk has already sent a link whose stamp no longer works to its start.
	 */
	private String show(String token, Model model, HttpServletResponse response, Page page) {
		SharedResult shared = this.results.open(token);
		if (!shared.opens() && Boolean.TRUE.equals(model.getAttribute("kiosk"))) {
			shared = this.results.openOnKiosk(token);
		}
		if (shared.opens()) {
			return page.show(shared, model, response);
		}
		response.setStatus(shared.expired() ? HttpStatus.GONE.value() : HttpStatus.NOT_FOUND.value());
		Results.withoutReferrer(response);
		return LINK_NOT_VALID_VIEW;
	}

	private interface Page {

		String show(SharedResult shared, Model model, HttpServletResponse response);

	}

}
