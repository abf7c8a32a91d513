package app.backcheck.inbox;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Who did what to which screening, or to which staff account, and when. Never an answer.
 *
 * @param staffAccount the account an admin added or removed
 */
@Table("audit_event")
public record AuditEvent(@Id Long id, Long organisationId, String staffUsername, Action action, String reference,
		Instant happenedAt, String staffAccount) {

	public enum Action {

		SIGN_IN, OPEN, MARK_SEEN, DELETE, READ_AUDIT_LOG, SET_RETENTION, ADD_STAFF, REMOVE_STAFF

	}

}
