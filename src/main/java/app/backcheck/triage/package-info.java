/**
 * The rules: typed {@link app.backcheck.triage.Answers} in, an
 * {@link app.backcheck.triage.Assessment} out. The questionnaire contract (field names,
 * codes, sections) lives here too, so that pages, API and rules share one model. No web
 * types, and no dependency on any other module.
 */
@ApplicationModule(allowedDependencies = {})
package app.backcheck.triage;

import org.springframework.modulith.ApplicationModule;
