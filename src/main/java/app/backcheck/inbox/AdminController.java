package app.backcheck.inbox;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.backcheck.inbox.AuditEvent.Action;
import app.backcheck.inbox.StaffAccount.Role;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * An organisation's {@code ADMIN}: its staff, its retention period and its audit log. A
 * shorter period applies at once to what is already kept; a longer one only to screenings
 * sent from then on, since each person was told a date. An admin adds a member of staff
 * with a password the site makes, shown once, and removes any other member, whose
 * sessions end at once.
 */
@Controller
class AdminController {

	static final String ADMIN_VIEW = "inbox/admin";

	static final int AUDIT_SHOWN = 200;

	private final OrganisationRepository organisations;

	private final StaffAccountRepository accounts;

	private final SubmissionRepository submissions;

	private final AuditEventRepository events;

	private final AuditLog audit;

	private final Inbox inbox;

	private final PasswordEncoder encoder;

	private final MessageSource messages;

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	private final SecureRandom random = new SecureRandom();

	AdminController(OrganisationRepository organisations, StaffAccountRepository accounts,
			SubmissionRepository submissions, AuditEventRepository events, AuditLog audit, Inbox inbox,
			PasswordEncoder encoder, MessageSource messages,
			ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.inbox = inbox;
		this.encoder = encoder;
		this.messages = messages;
		this.sessions = sessions;
		this.organisations = organisations;
		this.accounts = accounts;
		this.submissions = submissions;
		this.events = events;
		this.audit = audit;
	}

	@GetMapping("/staff/admin")
	String admin(@AuthenticationPrincipal StaffUser user, Model model) {
		this.audit.record(user, Action.READ_AUDIT_LOG, null);
		return show(user, model, null, Map.of());
	}

	/**
	 * Adds a member of staff to the admin's organisation, with a password made here and
	 * shown on this page only: it goes into no address and no log.
	 */
	@PostMapping("/staff/admin/staff")
	@Transactional
	String addStaff(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String username,
			@RequestParam(required = false) String role, Model model, Locale locale) {
		String name = StaffAccount.normalise(username);
		String problem = name.isEmpty() ? "error.staff.username.MISSING"
				: !StaffAccount.isUsername(name) ? "error.staff.username.INVALID"
						: this.accounts.findByUsername(name).isPresent() ? "error.staff.username.TAKEN" : null;
		Role chosen = "ADMIN".equals(role) ? Role.ADMIN : Role.STAFF;
		if (problem != null) {
			model.addAttribute("newUsername", (username != null) ? username : "");
			model.addAttribute("newRole", chosen.name());
			return show(user, model, null,
					Map.of("username", this.messages.getMessage(problem, new Object[] { name }, locale)));
		}
		String password = newPassword();
		this.accounts.save(new StaffAccount(null, user.organisationId(), name, this.encoder.encode(password), chosen));
		this.audit.recordStaffChange(user, Action.ADD_STAFF, name);
		model.addAttribute("added", new Added(name, chosen.name(), password));
		return show(user, model, null, Map.of());
	}

	/**
	 * Removes another member of the admin's own organisation and ends their sessions;
	 * anyone else's id is a page that does not exist.
	 */
	@PostMapping("/staff/admin/staff/{id}/remove")
	@Transactional
	String removeStaff(@AuthenticationPrincipal StaffUser user, @PathVariable String id,
			@ModelAttribute("lang") String lang) {
		StaffAccount account = InboxController.id(id)
			.flatMap(this.accounts::findById)
			.filter((found) -> found.organisationId().equals(user.organisationId()))
			.filter((found) -> !found.username().equals(user.getUsername()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.accounts.delete(account);
		this.sessions.ifAvailable((repository) -> repository.findByPrincipalName(account.username())
			.keySet()
			.forEach(repository::deleteById));
		this.audit.recordStaffChange(user, Action.REMOVE_STAFF, account.username());
		return InboxController.redirect("/staff/admin", lang);
	}

	/** A member of staff just added, and the password to give them, once. */
	record Added(String username, String role, String password) {
	}

	/** 16 characters from 32 that are not mistaken for each other: 80 random bits. */
	private String newPassword() {
		String alphabet = "23456789abcdefghjkmnpqrstuvwxyz";
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				password.append('-');
			}
			password.append(alphabet.charAt(this.random.nextInt(alphabet.length())));
		}
		return password.toString();
	}

	@PostMapping("/staff/admin/retention")
	@Transactional
	String retention(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String days,
			@ModelAttribute("lang") String lang, Model model) {
		int value;
		try {
			value = Integer.parseInt((days != null) ? days.strip() : "");
		}
		catch (NumberFormatException ex) {
			value = -1;
		}
		if (value < 1 || value > Organisation.MAX_RETENTION_DAYS) {
			return show(user, model, days,
					Map.of("days", this.messages.getMessage("error.retention", null, LocaleContextHolder.getLocale())));
		}
		Organisation organisation = organisation(user);
		this.organisations.save(organisation.withRetentionDays(value));
		// What is kept already is kept no longer than the new period; a longer one never
		// extends a date a person was given
		for (Submission submission : this.submissions.findByOrganisationId(organisation.id())) {
			Instant shortest = submission.sentAt().plus(Duration.ofDays(value));
			if (submission.deleteAfter().isAfter(shortest)) {
				this.submissions.save(submission.deletedAfter(shortest));
			}
		}
		this.inbox.purge();
		this.audit.record(user, Action.SET_RETENTION, null);
		return InboxController.redirect("/staff/admin", lang);
	}

	private String show(StaffUser user, Model model, String days, Map<String, String> errors) {
		Organisation organisation = organisation(user);
		List<AuditEvent> log = this.events.findByOrganisationIdOrderByHappenedAtDesc(organisation.id(),
				Limit.of(AUDIT_SHOWN));
		model.addAttribute("organisation", organisation);
		model.addAttribute("staffName", user.getUsername());
		model.addAttribute("staff", this.accounts.findByOrganisationIdOrderByUsername(organisation.id()));
		model.addAttribute("auditLog", log.stream().map(AuditRow::of).toList());
		model.addAttribute("days", (days != null) ? days : String.valueOf(organisation.retentionDays()));
		model.addAttribute("errors", errors);
		return ADMIN_VIEW;
	}

	/**
	 * An audit event as the page shows it, its time in UTC, and the screening's reference
	 * or the staff account it was about.
	 */
	record AuditRow(String when, String who, String action, String reference) {

		private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneOffset.UTC);

		static AuditRow of(AuditEvent event) {
			return new AuditRow(WHEN.format(event.happenedAt()), event.staffUsername(), event.action().name(),
					(event.reference() != null) ? event.reference() : event.staffAccount());
		}

	}

	private Organisation organisation(StaffUser user) {
		return this.organisations.findById(user.organisationId()).orElseThrow();
	}

}
