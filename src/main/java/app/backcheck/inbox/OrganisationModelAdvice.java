package app.backcheck.inbox;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The organisation a check was started for, on every page of it: its code is in the
 * address of its own pages ({@code /o/{code}/...}) and travels with the check as the
 * {@value #PARAMETER} form field or query parameter, as kiosk mode does, and nothing is
 * kept between requests. Its contact details and emergency number take the place of the
 * site's own ({@code clinic}) on those pages.
 */
@ControllerAdvice(annotations = Controller.class)
public class OrganisationModelAdvice {

	static final String PARAMETER = "org";

	static final String ORGANISATION_PATH = "/o/";

	private final OrganisationRepository organisations;

	OrganisationModelAdvice(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	/**
	 * Adds {@code org} and replaces {@code clinic}: the site's own details are added by a
	 * model attribute method that is skipped once the name is in the model, and this one
	 * overwrites them if it runs second.
	 */
	@ModelAttribute
	void organisation(HttpServletRequest request, Model model) {
		Organisation org = code(request).flatMap(this.organisations::findByCode).orElse(null);
		// Present when none, so that handlers take it from the model and never bind one
		model.addAttribute("org", org);
		if (org != null) {
			model.addAttribute("clinic", org.contact());
		}
	}

	/**
	 * The code of the organisation a page is for, as its address or its form names it,
	 * when it is one a code can be; whether such an organisation exists is not asked.
	 */
	public static Optional<String> code(HttpServletRequest request) {
		String code = request.getParameter(PARAMETER);
		if (code == null && request.getRequestURI().startsWith(ORGANISATION_PATH)
				&& request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> vars
				&& vars.get("code") instanceof String path) {
			code = path;
		}
		return Optional.ofNullable(code)
			.filter((value) -> value.length() <= 40 && Organisation.CODE.matcher(value).matches());
	}

}
