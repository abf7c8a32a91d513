package app.backcheck.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page may show: the clinic's details and its emergency number, and whether the page is shown in kiosk
 * mode. Kiosk mode starts at {@value #KIOSK_PATH} and is carried through the check by a {@code kiosk=true} form
 * field or query parameter.
 */
@ControllerAdvice(annotations = Controller.class)
@EnableConfigurationProperties({ ClinicProperties.class, KioskProperties.class })
public class SiteModelAdvice {

	public static final String KIOSK_PATH = "/kiosk";

	public static final String KIOSK_PARAMETER = "kiosk";

	private final ClinicProperties clinic;

	private final KioskProperties kiosk;

	SiteModelAdvice(ClinicProperties clinic, KioskProperties kiosk) {
		this.clinic = clinic;
		this.kiosk = kiosk;
	}

	public static boolean isKiosk(HttpServletRequest request) {
		return request.getRequestURI().startsWith(KIOSK_PATH) || "true".equals(request.getParameter(KIOSK_PARAMETER));
	}

	@ModelAttribute("kiosk")
	boolean kiosk(HttpServletRequest request) {
		return isKiosk(request);
	}

	@ModelAttribute("kioskIdleSeconds")
	long kioskIdleSeconds() {
		return this.kiosk.idleTimeout().toSeconds();
	}

	@ModelAttribute("kioskWarningSeconds")
	long kioskWarningSeconds() {
		return this.kiosk.warning().toSeconds();
	}

	@ModelAttribute("clinic")
	ClinicProperties clinic() {
		return this.clinic;
	}

}
