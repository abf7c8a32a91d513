package app.backcheck.inbox;

import java.time.Instant;

import app.backcheck.triage.Urgency;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A screening a person sent to an organisation. In the clear only what the inbox lists;
 * the answers are sealed.
 *
 * @param reference a short code the person is given, to name it at the desk
 * @param senderName the name or initials the person gave
 * @param sealedAnswers the answers and the time of the check, sealed with AES-GCM under
 * the site key
 * @param formId the id of the Send form that made it, so that the same form posted again
 * makes no second one
 */
@Table("submission")
public record Submission(@Id Long id, Long organisationId, String reference, String senderName, Urgency urgency,
		boolean stopRunning, String language, Instant sentAt, Instant deleteAfter, Instant seenAt, byte[] sealedAnswers,
		String formId) {

	Submission seen(Instant at) {
		return new Submission(this.id, this.organisationId, this.reference, this.senderName, this.urgency,
				this.stopRunning, this.language, this.sentAt, this.deleteAfter, at, this.sealedAnswers, this.formId);
	}

	Submission deletedAfter(Instant at) {
		return new Submission(this.id, this.organisationId, this.reference, this.senderName, this.urgency,
				this.stopRunning, this.language, this.sentAt, at, this.seenAt, this.sealedAnswers, this.formId);
	}

	/** Urgent ones first in the inbox: EMERGENCY and URGENT are pinned on top. */
	boolean pinned() {
		return this.urgency == Urgency.EMERGENCY || this.urgency == Urgency.URGENT;
	}

}
