/**
 * The rules: typed {@link app.backcheck.triage.Answers} in, an {@link app.backcheck.triage.Assessment} out. The
 * questionnaire contract (field names, codes, sections) lives here too, so that pages, API and rules share one model.
 * No web types: this is the only module the others call.
 */
package app.backcheck.triage;
