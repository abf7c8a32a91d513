package app.backcheck.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page may show: the clinic's details and its emergency number.
 */
@ControllerAdvice(annotations = Controller.class)
@EnableConfigurationProperties(ClinicProperties.class)
class SiteModelAdvice {

	private final ClinicProperties clinic;

	SiteModelAdvice(ClinicProperties clinic) {
		this.clinic = clinic;
	}

	@ModelAttribute("clinic")
	ClinicProperties clinic() {
		return this.clinic;
	}

}
