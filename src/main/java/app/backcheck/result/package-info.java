/**
 * A result: showing it (or the emergency stop) at the end of a check, sharing it by a
 * link that stores nothing, reopening, printing and downloading it.
 * {@link app.backcheck.result.Results} is the one way to open a share link and assess it.
 */
@ApplicationModule(allowedDependencies = { "triage", "web" })
package app.backcheck.result;

import org.springframework.modulith.ApplicationModule;
