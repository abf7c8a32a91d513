package app.backcheck.check;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import app.backcheck.inbox.Organisation;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Kiosk mode for a clinic's shared tablet: its own start page (the site's, or an
 * organisation's), and "Finish", which leaves nothing behind for the next person.
 */
@Controller
class KioskController {

	static final String FINISH = "/kiosk/finish";

	private final KioskStamps stamps;

	private final KioskProperties kiosk;

	KioskController(KioskStamps stamps, KioskProperties kiosk) {
		this.stamps = stamps;
		this.kiosk = kiosk;
	}

	/**
	 * The kiosk start. With the {@code org} of a known organisation it is that
	 * organisation's kiosk, which has an address of its own.
	 */
	@GetMapping("/kiosk")
	String start(@ModelAttribute(name = "org", binding = false) Organisation org) {
		return (org != null) ? organisationKiosk(org) : CheckController.START_VIEW;
	}

	/**
	 * A clinic's own kiosk: the check carries the clinic to its end, where sending the
	 * answers to the desk is the main action, and "Finish" comes back here.
	 */
	@GetMapping("/o/{code}/kiosk")
	String organisationStart(@ModelAttribute(name = "org", binding = false) Organisation org) {
		if (org == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return CheckController.START_VIEW;
	}

	private static String organisationKiosk(Organisation org) {
		return "redirect:" + UriComponentsBuilder.fromPath("/o/{code}/kiosk").buildAndExpand(org.code()).toUriString();
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
	@GetMapping(FINISH)
	String finish(@ModelAttribute(name = "org", binding = false) Organisation org, HttpServletRequest request,
			HttpServletResponse response) {
		this.stamps.reset(request);
		response.setHeader("Clear-Site-Data", "\"cache\"");
		return (org != null) ? organisationKiosk(org) : "redirect:/kiosk";
	}

}
