/**
 * Pages about BackCheck itself: how the check decides (the published rules and their
 * sources) and privacy.
 */
@ApplicationModule(allowedDependencies = { "triage", "web" })
package app.backcheck.about;

import org.springframework.modulith.ApplicationModule;
