package app.backcheck.questionnaire;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Kiosk mode for a clinic's shared tablet: its own start page, and "Finish", which leaves nothing behind for the
 * next person.
 */
@Controller
class KioskController {

	private final KioskStamps stamps;

	KioskController(KioskStamps stamps) {
		this.stamps = stamps;
	}

	@GetMapping("/kiosk")
	String start() {
		return CheckController.START_VIEW;
	}

	/**
	 * Ends a kiosk check: the browser drops what it cached, no form it posted before works again, and the tablet is
	 * back at the kiosk start.
	 */
	@GetMapping("/kiosk/finish")
	String finish(HttpServletRequest request, HttpServletResponse response) {
		this.stamps.reset(request);
		response.setHeader("Clear-Site-Data", "\"cache\"");
		return "redirect:/kiosk";
	}

}
