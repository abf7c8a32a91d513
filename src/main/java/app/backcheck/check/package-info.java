/**
 * The check, page by page: start page, question pages, check your answers and kiosk mode.
 * Answers travel with the forms as hidden fields, so no step needs a server-side session;
 * the last step hands over to {@code result}.
 */
@ApplicationModule(allowedDependencies = { "inbox", "result", "triage", "web" })
package app.backcheck.check;

import org.springframework.modulith.ApplicationModule;
