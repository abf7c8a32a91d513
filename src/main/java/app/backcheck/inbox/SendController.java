package app.backcheck.inbox;

import java.time.Clock;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import app.backcheck.result.AnswerSheet;
import app.backcheck.result.ResultPages;
import app.backcheck.web.TypedNames;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Send my answers to {organisation}" at the end of a check started from its link: the
 * only thing that stores a screening. The person is given a reference and the time it
 * will be deleted. A missing or too long name shows the result again with the error and
 * every answer kept.
 */
@Controller
class SendController {

	static final String SENT_VIEW = "inbox/sent";

	/** A Send form's own id, as {@link SendFormIds} makes it. */
	static final Pattern FORM_ID = Pattern.compile("[0-9a-f-]{36}");

	/** The longest name or initials kept, in characters. */
	static final int MAX_NAME = 60;

	private final Inbox inbox;

	private final ResultPages results;

	private final MessageSource messages;

	private final Clock clock;

	SendController(Inbox inbox, ResultPages results, MessageSource messages, ObjectProvider<Clock> clock) {
		this.inbox = inbox;
		this.results = results;
		this.messages = messages;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@PostMapping("/o/{code}/send")
	String send(@ModelAttribute(name = "org", binding = false) Organisation organisation,
			@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
			Locale locale) {
		if (organisation == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		AnswerSheet answers = AnswerSheet.posted(params);
		String given = params.getFirst("senderName");
		String name = TypedNames.clean(given);
		String problem = (name == null) ? "MISSING"
				: (name.codePointCount(0, name.length()) > MAX_NAME) ? "TOO_LONG" : null;
		if (problem != null) {
			model.addAttribute("sendErrors",
					Map.of("senderName", this.messages.getMessage("error.senderName." + problem, null, locale)));
			model.addAttribute("senderName", (given != null) ? given : "");
			return this.results.result(answers.raw(), this.clock.instant(), model, response)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
		}
		String formId = params.getFirst("formId");
		if (formId != null && !FORM_ID.matcher(formId).matches()) {
			formId = null;
		}
		Submission sent;
		try {
			sent = this.inbox.send(organisation, answers.raw(), name, locale, formId)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
		}
		catch (DuplicateKeyException ex) {
			// The same form pressed twice at once: the other press stored it, and this
			// one says so too. A Send form's id is made for one organisation's form:
			// another's is refused
			sent = this.inbox.sentFrom(organisation, formId)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
		}
		model.addAttribute("reference", sent.reference());
		model.addAttribute("deleteOn", Date.from(sent.deleteAfter()));
		// On a kiosk the page after Send ends the walk-in's turn: no "More time" to
		// reload it
		model.addAttribute("moreTime", false);
		return SENT_VIEW;
	}

}
