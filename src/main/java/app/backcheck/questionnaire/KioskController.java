package app.backcheck.questionnaire;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Kiosk mode for a clinic's shared tablet: its own start page, and "Finish", which leaves nothing behind for the
 * next person.
 */
@Controller
class KioskController {

	@GetMapping("/kiosk")
	String start() {
		return CheckController.START_VIEW;
	}

	/** Ends a kiosk check: the browser drops what it cached, and the tablet is back at the kiosk start. */
	@GetMapping("/kiosk/finish")
	String finish(HttpServletResponse response) {
		response.setHeader("Clear-Site-Data", "\"cache\"");
		return "redirect:/kiosk";
	}

}
