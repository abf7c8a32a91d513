package app.backcheck.check;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Whether a page is shown in kiosk mode, and the kiosk's idle times, for every page.
 * Kiosk mode starts at {@value #KIOSK_PATH}, or at an organisation's
 * {@code /o/{code}/kiosk}, and is carried through the check and to its result by a
 * {@code kiosk=true} form field or query parameter.
 */
@ControllerAdvice(annotations = Controller.class)
@EnableConfigurationProperties(KioskProperties.class)
class KioskModelAdvice {

	static final String KIOSK_PATH = "/kiosk";

	static final String KIOSK_PARAMETER = "kiosk";

	private final KioskProperties kiosk;

	KioskModelAdvice(KioskProperties kiosk) {
		this.kiosk = kiosk;
	}

	static boolean isKiosk(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.startsWith(KIOSK_PATH) || (path.startsWith("/o/") && path.endsWith(KIOSK_PATH))
				|| "true".equals(request.getParameter(KIOSK_PARAMETER));
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

}
