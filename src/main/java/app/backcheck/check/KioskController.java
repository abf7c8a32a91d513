package app.backcheck.check;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import app.backcheck.check.KioskProperties;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Kiosk mode for a clinic's shared tablet: its own start page, and "Finish", which leaves
 * nothing behind for the next person.
 */
@Controller
class KioskController {

	private final KioskStamps stamps;

	private final KioskProperties kiosk;

	KioskController(KioskStamps stamps, KioskProperties kiosk) {
		this.stamps = stamps;
		this.kiosk = kiosk;
	}

	@GetMapping("/kiosk")
	String start() {
		return CheckController.START_VIEW;
	}

	/**
	 * Without JavaScript, shows the idle warning when the reset is near: a style that
	 * makes it visible after the idle time less the warning time, from the page's
	 * loading.
	 */
	@GetMapping(path = "/kiosk/idle.css", produces = "text/css")
	@ResponseBody
	String idleStyle() {
		long showAfter = Math.max(this.kiosk.idleTimeout().minus(this.kiosk.warning()).toSeconds(), 0);
		return ".app-kiosk-warning--timed{visibility:hidden;animation:app-kiosk-warn 1ms linear " + showAfter
				+ "s forwards}@keyframes app-kiosk-warn{to{visibility:visible}}";
	}

	/**
	 * Ends a kiosk check: the browser drops what it cached, no form it posted before
	 * works again, and the tablet is back at the kiosk start.
	 */
	@GetMapping("/kiosk/finish")
	String finish(HttpServletRequest request, HttpServletResponse response) {
		this.stamps.reset(request);
		response.setHeader("Clear-Site-Data", "\"cache\"");
		return "redirect:/kiosk";
	}

}
