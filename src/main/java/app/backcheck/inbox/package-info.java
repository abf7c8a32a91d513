/**
 * Clinic and club inboxes: organisations, a person's consent to send their screening to
 * one, and the staff who read it. Nothing is stored unless the person presses "Send"; the
 * answers are sealed at rest and deleted when the organisation's retention ends.
 */
@ApplicationModule(allowedDependencies = { "result", "triage", "web" })
package app.backcheck.inbox;

import org.springframework.modulith.ApplicationModule;
