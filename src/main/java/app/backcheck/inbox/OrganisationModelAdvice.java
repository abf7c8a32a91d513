package app.backcheck.inbox;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The organisation a check was started for, on every page of it: its code travels with
 * the check as the {@value #PARAMETER} form field or query parameter, as kiosk mode does,
 * and nothing is kept between requests.
 */
@ControllerAdvice(annotations = Controller.class)
class OrganisationModelAdvice {

	static final String PARAMETER = "org";

	private final OrganisationRepository organisations;

	OrganisationModelAdvice(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	@ModelAttribute("org")
	Organisation organisation(HttpServletRequest request) {
		String code = request.getParameter(PARAMETER);
		if (code == null || code.length() > 40 || !Organisation.CODE.matcher(code).matches()) {
			return null;
		}
		return this.organisations.findByCode(code).orElse(null);
	}

}
