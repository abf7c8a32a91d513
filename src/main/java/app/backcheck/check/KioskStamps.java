package app.backcheck.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import app.backcheck.inbox.OrganisationModelAdvice;
import app.backcheck.result.ShareTokens;
import app.backcheck.result.ShareTokens.Opened;
import app.backcheck.result.ShareTokens.Status;
import app.backcheck.result.SharedCheck;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A stamp in every kiosk form, and in the kiosk's print and "Finish" links, so that a
 * form the browser posts again after the tablet was reset shows nothing: a walk-in who
 * presses Back and Reload after the previous person's "Finish" (or after the idle reset,
 * which goes through "Finish" too) is sent to the kiosk start. A stamp is the time it was
 * issued, sealed with the share key, and the id of the walk-in's turn on the tablet: a
 * random id that each page of that turn passes on to the next. "Finish" ends the turn its
 * own page's stamp names, and only that one, so that tablets behind one address (a
 * clinic's network, a proxy) never end each other's, and a page elsewhere cannot end any.
 * Nothing but the ended turns' ids is kept.
 */
@Configuration(proxyBeanMethods = false)
@ControllerAdvice
public class KioskStamps implements HandlerInterceptor, WebMvcConfigurer {

	public static final String PARAMETER = "kioskStamp";

	/** Longer than any walk-in takes; resets, not this, end a walk-in's stamps. */
	static final Duration LIFETIME = Duration.ofHours(1);

	/** Ended turns remembered; the oldest go first, and stamps last an hour anyway. */
	private static final int MAX_ENDED = 10_000;

	private static final char SEPARATOR = '.';

	private static final Pattern TURN = Pattern.compile("[A-Za-z0-9_-]{22}");

	private static final String TURN_PURPOSE = "kiosk turn";

	private static final String PRINT_PURPOSE = "kiosk print";

	/** The parameter of a kiosk's Print link that binds it to its turn. */
	static final String PRINT_PARAMETER = "kioskPrint";

	private final ShareTokens tokens;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final Set<String> ended = Collections.newSetFromMap(new LinkedHashMap<>(256, 0.75f, false) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
			return size() > MAX_ENDED;
		}

	});

	KioskStamps(ShareTokens tokens, ObjectProvider<Clock> clock) {
		this.tokens = tokens;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * On kiosk pages: the page's stamp, and its "Finish" address, which ends this turn
	 * and goes back to the kiosk start (the organisation's, where the check has one).
	 */
	@ModelAttribute
	void stamp(HttpServletRequest request, Model model) {
		if (!KioskModelAdvice.isKiosk(request)) {
			return;
		}
		String stamp = issue(request);
		model.addAttribute(PARAMETER, stamp);
		model.addAttribute("kioskFinish",
				UriComponentsBuilder.fromPath(KioskController.FINISH)
					.queryParamIfPresent("org", OrganisationModelAdvice.code(request))
					.queryParam(PARAMETER, stamp)
					.toUriString());
	}

	/**
	 * A stamp for this page, in the turn of the stamp it was asked with, or a new turn:
	 * the sealed time, the turn, and a code that binds the two, so that neither can be
	 * changed or swapped.
	 */
	String issue(HttpServletRequest request) {
		String turn = turn(request.getParameter(PARAMETER)).orElseGet(this::newTurn);
		String stamped = this.tokens.seal(new SharedCheck(Map.of(), this.clock.instant())) + SEPARATOR + turn;
		return stamped + SEPARATOR + this.tokens.sign(TURN_PURPOSE, stamped);
	}

	/**
	 * The code a kiosk's Print link carries: it binds the result to the walk-in's turn,
	 * so that it opens with a stamp of that turn only, and with none once the turn is
	 * over.
	 */
	public String printKey(String resultPath, String stamp) {
		return turn(stamp).map((turn) -> this.tokens.sign(PRINT_PURPOSE, resultPath + SEPARATOR + turn)).orElse("");
	}

	/**
	 * "Finish": the turn this stamp names is over, and none of its stamps works again.
	 */
	void reset(HttpServletRequest request) {
		turn(request.getParameter(PARAMETER)).ifPresent((turn) -> {
			synchronized (this.ended) {
				this.ended.add(turn);
			}
		});
	}

	boolean valid(String stamp) {
		return turn(stamp).isPresent();
	}

	/**
	 * The turn of a stamp that still works: made here (its code matches), within its
	 * lifetime, not ended.
	 */
	private Optional<String> turn(String stamp) {
		String[] parts = (stamp != null && stamp.length() <= 400) ? stamp.split("\\.", -1) : new String[0];
		if (parts.length != 3 || !MessageDigest.isEqual(
				this.tokens.sign(TURN_PURPOSE, parts[0] + SEPARATOR + parts[1]).getBytes(StandardCharsets.US_ASCII),
				parts[2].getBytes(StandardCharsets.US_ASCII))) {
			return Optional.empty();
		}
		String turn = parts[1];
		Opened opened = this.tokens.open(parts[0]);
		if (!TURN.matcher(turn).matches() || opened.status() != Status.OPEN || !opened.check().answers().isEmpty()
				|| this.clock.instant().isAfter(opened.check().checkedAt().plus(LIFETIME))) {
			return Optional.empty();
		}
		synchronized (this.ended) {
			return this.ended.contains(turn) ? Optional.empty() : Optional.of(turn);
		}
	}

	private String newTurn() {
		byte[] id = new byte[16];
		this.random.nextBytes(id);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
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
		if (!stamped || !KioskModelAdvice.isKiosk(request)) {
			return true;
		}
		String stamp = request.getParameter(PARAMETER);
		String path = request.getRequestURI();
		String resultPath = path.endsWith("/summary") ? path.substring(0, path.length() - "/summary".length()) : path;
		boolean bound = !path.startsWith("/results/")
				|| MessageDigest.isEqual(printKey(resultPath, stamp).getBytes(StandardCharsets.UTF_8),
						String.valueOf(request.getParameter(PRINT_PARAMETER)).getBytes(StandardCharsets.UTF_8));
		if (valid(stamp) && bound) {
			return true;
		}
		response
			.sendRedirect(OrganisationModelAdvice.code(request).map((code) -> "/kiosk?org=" + code).orElse("/kiosk"));
		return false;
	}

}
