package app.backcheck.result;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The clinic's details and its emergency number, for every page: the start page and every
 * result name the number to call, and results give the clinic's contact.
 */
@ControllerAdvice(annotations = Controller.class)
@EnableConfigurationProperties(ClinicProperties.class)
class ClinicModelAdvice {

	private final ClinicProperties clinic;

	ClinicModelAdvice(ClinicProperties clinic) {
		this.clinic = clinic;
	}

	@ModelAttribute("clinic")
	ClinicProperties clinic() {
		return this.clinic;
	}

}
