/**
 * The JSON API: its own request reading and response records, problem details for bad
 * input.
 */
@ApplicationModule(allowedDependencies = { "fhir", "result", "triage", "web" })
package app.backcheck.api;

import org.springframework.modulith.ApplicationModule;
