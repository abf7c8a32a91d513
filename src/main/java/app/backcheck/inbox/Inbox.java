package app.backcheck.inbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import app.backcheck.result.ShareTokens;
import app.backcheck.result.SharedCheck;
import app.backcheck.triage.Assessment;
import app.backcheck.triage.Questionnaire;
import app.backcheck.triage.TriageService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screenings sent to an organisation: stored only when the person sends one, with its
 * answers sealed, and deleted for real when the organisation's retention ends (every
 * quarter of an hour, and at start-up).
 */
@Service
public class Inbox {

	private static final Log logger = LogFactory.getLog(Inbox.class);

	/** No 0/O or 1/I: a reference is read aloud at a desk. */
	private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

	private final SubmissionRepository submissions;

	private final ShareTokens tokens;

	private final TriageService triage;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	Inbox(SubmissionRepository submissions, ShareTokens tokens, TriageService triage, ObjectProvider<Clock> clock) {
		this.submissions = submissions;
		this.tokens = tokens;
		this.triage = triage;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Stores a screening for the organisation: the answers given (only those asked, after
	 * an emergency stop), sealed, with what the inbox lists in the clear. Empty when the
	 * answers decide nothing, which no page of the check sends.
	 */
	@Transactional
	public Optional<Submission> send(Organisation organisation, Map<String, List<String>> answers, String senderName,
			Locale language) {
		return send(organisation, answers, senderName, language, null);
	}

	/**
	 * The same, from a Send form with its own id: posted again, it gives back the
	 * screening it already made.
	 */
	@Transactional
	public Optional<Submission> send(Organisation organisation, Map<String, List<String>> answers, String senderName,
			Locale language, String formId) {
		Optional<Submission> made = sentFrom(organisation, formId);
		if (made.isPresent()) {
			return made;
		}
		Optional<Assessment> assessment = this.triage.assessIfComplete(answers);
		if (assessment.isEmpty()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		byte[] sealed = this.tokens.sealForStorage(new SharedCheck(Questionnaire.asked(answers), now));
		Submission submission = new Submission(null, organisation.id(), newReference(), senderName,
				assessment.get().urgency(), assessment.get().stopRunning(), language.getLanguage(), now,
				now.plus(organisation.retention()), null, sealed, formId);
		return Optional.of(this.submissions.save(submission));
	}

	/** The screening a Send form made, if it made one for this organisation. */
	public Optional<Submission> sentFrom(Organisation organisation, String formId) {
		return (formId != null) ? this.submissions.findByFormIdAndOrganisationId(formId, organisation.id())
				: Optional.empty();
	}

	/**
	 * The answers of a stored screening, and when the check was made; empty if they no
	 * longer open.
	 */
	public Optional<SharedCheck> answers(Submission submission) {
		return this.tokens.openFromStorage(submission.sealedAnswers());
	}

	/**
	 * A reference as a person reads it out or types it: any case, with or without its
	 * dash, or with spaces or another dash or a minus sign for it. Empty when it cannot
	 * be one, such as a letter O or I, which no reference holds. Only the letters a to z
	 * are made capitals: other letters whose capitals are those (the long s, the sharp s)
	 * are not read as them.
	 */
	static Optional<String> reference(String typed) {
		String code = typed.replaceAll("[\\s\\p{Z}\\p{Pd}\u2212]", "");
		if (code.length() != 8) {
			return Optional.empty();
		}
		StringBuilder reference = new StringBuilder(9);
		for (int i = 0; i < code.length(); i++) {
			char c = code.charAt(i);
			char capital = (c >= 'a' && c <= 'z') ? (char) (c - 'a' + 'A') : c;
			if (ALPHABET.indexOf(capital) < 0) {
				return Optional.empty();
			}
			reference.append(capital);
			if (i == 3) {
				reference.append('-');
			}
		}
		return Optional.of(reference.toString());
	}

	private String newReference() {
		while (true) {
			StringBuilder code = new StringBuilder();
			for (int i = 0; i < 8; i++) {
				code.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
				if (i == 3) {
					code.append('-');
				}
			}
			if (!this.submissions.existsByReference(code.toString())) {
				return code.toString();
			}
		}
	}

	/** Deletes every screening past its organisation's retention, for real. */
	@Scheduled(fixedDelayString = "${backcheck.inbox.purge-every:15m}",
			initialDelayString = "${backcheck.inbox.purge-every:15m}")
	@EventListener(ApplicationReadyEvent.class)
	public void purge() {
		purgeExpired();
	}

	int purgeExpired() {
		int deleted = this.submissions.deleteExpired(this.clock.instant());
		if (deleted > 0) {
			logger.info("Deleted " + deleted + " screenings past their retention");
		}
		return deleted;
	}

}
