/**
 * HL7 FHIR R4 for clinics' systems, as plain Jackson records: the questionnaire as a
 * {@code Questionnaire}, generated from the same model as the pages.
 */
@ApplicationModule(allowedDependencies = { "triage", "web" })
package app.backcheck.fhir;

import org.springframework.modulith.ApplicationModule;
