package app.backcheck.inbox;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import app.backcheck.inbox.AuditEvent.Action;

import org.springframework.data.domain.Limit;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An organisation's {@code ADMIN}: its staff, its retention period and its audit log. A
 * shorter period applies at once to what is already kept; a longer one only to screenings
 * sent from then on, since each person was told a date. Staff accounts are added and
 * removed with the operators' commands.
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

	AdminController(OrganisationRepository organisations, StaffAccountRepository accounts,
			SubmissionRepository submissions, AuditEventRepository events, AuditLog audit, Inbox inbox) {
		this.inbox = inbox;
		this.organisations = organisations;
		this.accounts = accounts;
		this.submissions = submissions;
		this.events = events;
		this.audit = audit;
	}

	@GetMapping("/staff/admin")
	String admin(@AuthenticationPrincipal StaffUser user, Model model) {
		this.audit.record(user, Action.READ_AUDIT_LOG, null);
		return show(user, model, null, null);
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
			return show(user, model, days, "error.retention");
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

	private String show(StaffUser user, Model model, String days, String errorCode) {
		Organisation organisation = organisation(user);
		List<AuditEvent> log = this.events.findByOrganisationIdOrderByHappenedAtDesc(organisation.id(),
				Limit.of(AUDIT_SHOWN));
		model.addAttribute("organisation", organisation);
		model.addAttribute("staffName", user.getUsername());
		model.addAttribute("staff", this.accounts.findByOrganisationIdOrderByUsername(organisation.id()));
		model.addAttribute("auditLog", log.stream().map(AuditRow::of).toList());
		model.addAttribute("days", (days != null) ? days : String.valueOf(organisation.retentionDays()));
		model.addAttribute("retentionError", errorCode);
		return ADMIN_VIEW;
	}

	/** An audit event as the page shows it, its time in UTC. */
	record AuditRow(String when, String who, String action, String reference) {

		private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneOffset.UTC);

		static AuditRow of(AuditEvent event) {
			return new AuditRow(WHEN.format(event.happenedAt()), event.staffUsername(), event.action().name(),
					event.reference());
		}

	}

	private Organisation organisation(StaffUser user) {
		return this.organisations.findById(user.organisationId()).orElseThrow();
	}

}
