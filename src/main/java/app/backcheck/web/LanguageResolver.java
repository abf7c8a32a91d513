package app.backcheck.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language of a page or an API answer. A language chosen with the switch on a page
 * travels in the address as {@code ?lang=es}, so it needs neither a cookie nor a session;
 * otherwise the browser's {@code Accept-Language} decides (RFC 4647 lookup, so
 * {@code es-MX} gets Spanish), and English is the default. Only words change with the
 * language: codes, field names and rule ids never do. Spring's
 * {@link AcceptHeaderLocaleResolver} is the base (the supported languages, the default,
 * and no way to set a language but the request); the header is read with the JDK's RFC
 * 4647 lookup rather than the container's parsing, so that a language refused with
 * {@code q=0} is never chosen.
 */
@Component("localeResolver")
public class LanguageResolver extends AcceptHeaderLocaleResolver {

	/** The query parameter that carries a language chosen on the page. */
	public static final String PARAMETER = "lang";

	/** The languages BackCheck speaks, the default first. */
	public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

	private static final Pattern STATIC_FILES = Pattern.compile("/(css|js)/.*");

	public LanguageResolver() {
		setSupportedLocales(LANGUAGES);
		setDefaultLocale(LANGUAGES.get(0));
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Locale chosen = chosen(request);
		return (chosen != null) ? chosen : fromHeader(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
	}

	/**
	 * The language chosen with the switch, or {@code null} when the browser's own
	 * language applies.
	 */
	public static Locale chosen(HttpServletRequest request) {
		String tag = request.getParameter(PARAMETER);
		return LANGUAGES.stream().filter((language) -> language.getLanguage().equals(tag)).findFirst().orElse(null);
	}

	static Locale fromHeader(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return LANGUAGES.get(0);
		}
		try {
			Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
			return (match != null) ? match : LANGUAGES.get(0);
		}
		catch (IllegalArgumentException ex) {
			return LANGUAGES.get(0);
		}
	}

	/**
	 * Says which language a page or an API answer is in, and that it follows
	 * {@code Accept-Language}, so that a cache keeps each language apart. Static files
	 * are the same in every language and get neither header.
	 */
	HeaderWriter headerWriter() {
		return (request, response) -> {
			if (!STATIC_FILES.matcher(request.getRequestURI()).matches()) {
				response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
				response.setHeader(HttpHeaders.CONTENT_LANGUAGE, resolveLocale(request).getLanguage());
			}
		};
	}

}
