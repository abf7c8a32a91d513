package app.backcheck.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import app.backcheck.inbox.AuditEvent.Action;
import app.backcheck.inbox.InboxRows.InboxRow;
import app.backcheck.result.ResultPages;
import app.backcheck.result.SharedCheck;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A signed-in member of staff's inbox: their organisation's screenings, urgent ones
 * pinned on top, refreshed every 30 seconds without JavaScript. Opening one shows the
 * clinician summary. Every open, mark and delete is audited. An id of another
 * organisation's screening, or of none, is a page that does not exist.
 */
@Controller
class InboxController {

	static final String LOGIN_VIEW = "inbox/login";

	static final String INBOX_VIEW = "inbox/list";

	static final String ENTRY_VIEW = "inbox/entry";

	static final String FIND_VIEW = "inbox/find";

	/** Screenings on one page of the inbox; older ones are on the pages after it. */
	static final int PER_PAGE = 50;

	static final int REFRESH_SECONDS = 30;

	private final SubmissionRepository submissions;

	private final OrganisationRepository organisations;

	private final Inbox inbox;

	private final ResultPages results;

	private final AuditLog audit;

	private final InboxRows rows;

	private final MessageSource messages;

	private final Clock clock;

	InboxController(SubmissionRepository submissions, OrganisationRepository organisations, Inbox inbox,
			ResultPages results, AuditLog audit, InboxRows rows, MessageSource messages, ObjectProvider<Clock> clock) {
		this.submissions = submissions;
		this.organisations = organisations;
		this.inbox = inbox;
		this.results = results;
		this.audit = audit;
		this.rows = rows;
		this.messages = messages;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@GetMapping("/staff/login")
	String login() {
		return LOGIN_VIEW;
	}

	@GetMapping({ "/staff", "/staff/" })
	String home() {
		return "redirect:/staff/inbox";
	}

	@GetMapping("/staff/inbox")
	String inbox(@AuthenticationPrincipal StaffUser user,
			@RequestParam(name = "refresh", required = false) String refresh,
			@RequestParam(name = "page", required = false) String page, Model model) {
		Instant now = this.clock.instant();
		long total = this.submissions.countByOrganisationId(user.organisationId());
		int pages = (int) Math.max(1, (Math.min(total, SubmissionRepository.MAX_LISTED) + PER_PAGE - 1) / PER_PAGE);
		// A page that is not a number is the first; one past the end, the last
		int shown = (int) Math.min(Math.max(id(page).orElse(1L), 1L), pages);
		// The pages before this one are read and passed over: an OFFSET after the union
		// came back empty on H2 once the same statement had run with other values
		List<Submission> listed = this.submissions.inbox(user.organisationId(), shown * PER_PAGE);
		List<InboxRow> entries = this.rows
			.of(listed.subList(Math.min(listed.size(), (shown - 1) * PER_PAGE), listed.size()), now);
		model.addAttribute("organisation", organisation(user));
		model.addAttribute("staffName", user.getUsername());
		model.addAttribute("entries", entries);
		model.addAttribute("total", total);
		model.addAttribute("page", shown);
		model.addAttribute("pages", pages);
		model.addAttribute("maxListed", SubmissionRepository.MAX_LISTED);
		// WCAG 2.2.1: a page that reloads itself can be told to stop, with the first
		// control on the page
		boolean refreshing = !"off".equals(refresh);
		model.addAttribute("refreshing", refreshing);
		model.addAttribute("refreshSeconds", refreshing ? REFRESH_SECONDS : null);
		model.addAttribute("refresh", refreshing ? null : "off");
		return INBOX_VIEW;
	}

	/**
	 * A screening found by the reference its sender was given, which they read out at the
	 * desk: it opens, and the opening is audited. A reference this organisation has no
	 * screening for, or one that cannot be a reference, re-shows the box with what was
	 * typed and says which.
	 */
	@GetMapping("/staff/inbox/find")
	String findByReference(@AuthenticationPrincipal StaffUser user,
			@RequestParam(name = "reference", required = false) String reference, @ModelAttribute("lang") String lang,
			Locale locale, Model model) {
		Map<String, String> errors = Map.of();
		if (reference != null) {
			Optional<String> code = Inbox.reference(reference);
			Optional<Submission> found = code
				.flatMap((typed) -> this.submissions.findByReferenceAndOrganisationId(typed, user.organisationId()));
			if (found.isPresent()) {
				return redirect("/staff/inbox/" + found.get().id(), lang);
			}
			errors = Map.of("reference",
					code.map((typed) -> this.messages.getMessage("error.find.none", new Object[] { typed }, locale))
						.orElseGet(() -> this.messages.getMessage("error.find.format", null, locale)));
		}
		model.addAttribute("organisation", organisation(user));
		model.addAttribute("staffName", user.getUsername());
		model.addAttribute("reference", (reference != null) ? reference : "");
		model.addAttribute("errors", errors);
		return FIND_VIEW;
	}

	@GetMapping("/staff/inbox/{id}")
	String entry(@AuthenticationPrincipal StaffUser user, @PathVariable String id, Model model) {
		Submission submission = find(user, id);
		SharedCheck answers = this.inbox.answers(submission)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!this.results.summary(answers.answers(), answers.checkedAt(), submission.reference(), model)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		this.audit.record(user, Action.OPEN, submission.reference());
		model.addAttribute("organisation", organisation(user));
		model.addAttribute("staffName", user.getUsername());
		model.addAttribute("submission", submission);
		return ENTRY_VIEW;
	}

	@PostMapping("/staff/inbox/{id}/seen")
	String markSeen(@AuthenticationPrincipal StaffUser user, @PathVariable String id,
			@ModelAttribute("lang") String lang) {
		Submission submission = find(user, id);
		if (submission.seenAt() == null) {
			this.submissions.save(submission.seen(this.clock.instant()));
		}
		this.audit.record(user, Action.MARK_SEEN, submission.reference());
		return redirect("/staff/inbox/" + submission.id(), lang);
	}

	@PostMapping("/staff/inbox/{id}/delete")
	String delete(@AuthenticationPrincipal StaffUser user, @PathVariable String id,
			@ModelAttribute("lang") String lang) {
		Submission submission = find(user, id);
		this.submissions.delete(submission);
		this.audit.record(user, Action.DELETE, submission.reference());
		return redirect("/staff/inbox", lang);
	}

	/**
	 * After a staff form, the page it leads to stays in the language chosen on the page.
	 */
	static String redirect(String path, String lang) {
		return "redirect:" + UriComponentsBuilder.fromPath(path)
			.queryParamIfPresent("lang", Optional.ofNullable(lang))
			.toUriString();
	}

	/** Only ever within the signed-in member's organisation. */
	private Submission find(StaffUser user, String id) {
		return id(id).flatMap((number) -> this.submissions.findByIdAndOrganisationId(number, user.organisationId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** A row's id from an address; none when it is not a number. */
	static Optional<Long> id(String id) {
		if (id == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(id));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private Organisation organisation(StaffUser user) {
		return this.organisations.findById(user.organisationId()).orElseThrow();
	}

}
