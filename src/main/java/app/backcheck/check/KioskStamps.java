package app.backcheck.check;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import app.backcheck.inbox.Organisation;
import app.backcheck.result.ShareTokens;
import app.backcheck.result.ShareTokens.Opened;
import app.backcheck.result.ShareTokens.Status;
import app.backcheck.result.SharedCheck;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A stamp in every kiosk form, and in the kiosk's print link, so that a form the browser
 * posts again after the tablet was reset shows nothing: a walk-in who presses Back and
 * Reload after the previous person's "Finish" (or after the idle reset, which goes
 * through "Finish" too) is sent to the kiosk start. The stamp is the time it was issued,
 * sealed with the share key; a reset is remembered for the client that made it, with the
 * stamps issued to it in the reset's own second, and nothing else is kept. Each page
 * issues a new stamp.
 */
@Configuration(proxyBeanMethods = false)
@ControllerAdvice
public class KioskStamps implements HandlerInterceptor, WebMvcConfigurer {

	public static final String PARAMETER = "kioskStamp";

	/** Longer than any walk-in takes; resets, not this, end a walk-in's stamps. */
	static final Duration LIFETIME = Duration.ofHours(1);

	private static final int MAX_CLIENTS = 1000;

	private final ShareTokens tokens;

	private final Clock clock;

	/**
	 * A client's last reset, to the second a stamp holds, and the stamps issued to it
	 * since in that second.
	 */
	private record Reset(Instant second, Set<String> issuedSince) {
	}

	/**
	 * More than one tablet's pages in one second; beyond it, a stamp of the reset's
	 * second stops working.
	 */
	private static final int MAX_STAMPS_IN_RESET_SECOND = 16;

	private final Map<String, Reset> resets = new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Reset> eldest) {
			return size() > MAX_CLIENTS;
		}

	};

	KioskStamps(ShareTokens tokens, ObjectProvider<Clock> clock) {
		this.tokens = tokens;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@ModelAttribute(PARAMETER)
	String stamp(HttpServletRequest request) {
		return KioskModelAdvice.isKiosk(request) ? issue(request) : null;
	}

	/**
	 * A stamp holds its time to the second, so one issued in the second of a reset is
	 * told apart by being remembered as issued after it.
	 */
	String issue(HttpServletRequest request) {
		Instant now = this.clock.instant();
		String stamp = this.tokens.seal(new SharedCheck(Map.of(), now));
		synchronized (this.resets) {
			Reset reset = this.resets.get(request.getRemoteAddr());
			if (reset != null && reset.second().equals(now.truncatedTo(ChronoUnit.SECONDS))
					&& reset.issuedSince().size() < MAX_STAMPS_IN_RESET_SECOND) {
				reset.issuedSince().add(stamp);
			}
		}
		return stamp;
	}

	/** The tablet was reset: every stamp it was given before now stops working. */
	void reset(HttpServletRequest request) {
		synchronized (this.resets) {
			this.resets.put(request.getRemoteAddr(),
					new Reset(this.clock.instant().truncatedTo(ChronoUnit.SECONDS), new HashSet<>()));
		}
	}

	boolean valid(String stamp, HttpServletRequest request) {
		Opened opened = this.tokens.open(stamp);
		if (opened.status() != Status.OPEN || !opened.check().answers().isEmpty()) {
			return false;
		}
		Instant issued = opened.check().checkedAt();
		if (this.clock.instant().isAfter(issued.plus(LIFETIME))) {
			return false;
		}
		synchronized (this.resets) {
			Reset reset = this.resets.get(request.getRemoteAddr());
			return reset == null || issued.isAfter(reset.second())
					|| (issued.equals(reset.second()) && reset.issuedSince().contains(stamp));
		}
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/check/**", "/results/**", "/o/*/send");
	}

	/**
	 * A kiosk post (a Send too), or the kiosk's print view, without a stamp that still
	 * works goes back to the kiosk start: the organisation's, where the form names one.
	 */
	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		boolean stamped = HttpMethod.POST.matches(request.getMethod())
				|| request.getRequestURI().startsWith("/results/");
		if (!stamped || !KioskModelAdvice.isKiosk(request) || valid(request.getParameter(PARAMETER), request)) {
			return true;
		}
		String org = request.getParameter("org");
		response.sendRedirect((org != null && org.length() <= 40 && Organisation.CODE.matcher(org).matches())
				? "/kiosk?org=" + org : "/kiosk");
		return false;
	}

}
