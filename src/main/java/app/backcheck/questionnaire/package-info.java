/**
 * The web journey: start page, question pages, check your answers, the emergency stop and the result. Answers
 * travel with the forms as hidden fields, so no step needs a server-side session.
 */
package app.backcheck.questionnaire;
