package app.backcheck.inbox;

import java.time.Clock;

import app.backcheck.inbox.AuditEvent.Action;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Writes each sign-in, view, mark and delete, and each change of staff: who, what, when.
 */
@Component
class AuditLog {

	private final AuditEventRepository events;

	private final Clock clock;

	AuditLog(AuditEventRepository events, ObjectProvider<Clock> clock) {
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	void record(StaffUser user, Action action, String reference) {
		this.events.save(new AuditEvent(null, user.organisationId(), user.getUsername(), action, reference,
				this.clock.instant(), null));
	}

	/** An admin added or removed this staff account. */
	void recordStaffChange(StaffUser user, Action action, String account) {
		this.events.save(new AuditEvent(null, user.organisationId(), user.getUsername(), action, null,
				this.clock.instant(), account));
	}

}
