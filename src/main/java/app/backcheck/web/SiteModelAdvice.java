package app.backcheck.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UrlPathHelper;

/**
 * What every page may show about its language: the language chosen, and the switch to the
 * others.
 */
@ControllerAdvice(annotations = Controller.class)
class SiteModelAdvice {

	/**
	 * Reads the path as it was sent, still encoded: a decoded tab or backslash could make
	 * it another site's.
	 */
	private static final UrlPathHelper URL_PATH_HELPER = rawPaths();

	/**
	 * The language chosen with the switch, carried on every link and form; {@code null}
	 * when the browser's applies.
	 */
	@ModelAttribute("lang")
	String lang(HttpServletRequest request) {
		Locale chosen = LanguageResolver.chosen(request);
		return (chosen != null) ? chosen.getLanguage() : null;
	}

	/**
	 * The switch at the top of every page: each other language with this page's address
	 * in it. Pages that show answers post them instead (see {@code languagePage}), since
	 * answers never go into an address.
	 */
	@ModelAttribute("otherLanguages")
	Map<String, String> otherLanguages(HttpServletRequest request, Locale locale) {
		Map<String, String> others = new LinkedHashMap<>();
		for (Locale language : LanguageResolver.LANGUAGES) {
			if (!language.getLanguage().equals(locale.getLanguage())) {
				others.put(language.getLanguage(), here(request, language));
			}
		}
		return others;
	}

	private static UrlPathHelper rawPaths() {
		UrlPathHelper helper = new UrlPathHelper();
		helper.setUrlDecode(false);
		return helper;
	}

	/**
	 * The address the browser asked for (also on an error page), in another language;
	 * never another site's: the path stays encoded, and leading slashes or backslashes
	 * become one slash, so it cannot start "//".
	 */
	private static String here(HttpServletRequest request, Locale language) {
		String path = URL_PATH_HELPER.getOriginatingRequestUri(request).replaceFirst("^[/\\\\]+", "/");
		if (HttpMethod.POST.matches(request.getMethod())) {
			// A page shown in answer to a form (a staff setting refused, a screening
			// sent)
			// has no address of its own to open again: the page the form is on has
			path = path.substring(0, Math.max(path.lastIndexOf('/'), 1));
			return UriComponentsBuilder.fromPath(path)
				.queryParamIfPresent("kiosk", Optional.ofNullable(request.getParameter("kiosk")).filter("true"::equals))
				.queryParam(LanguageResolver.PARAMETER, language.getLanguage())
				.build()
				.toUriString();
		}
		return UriComponentsBuilder.fromPath(path)
			.query(URL_PATH_HELPER.getOriginatingQueryString(request))
			.replaceQueryParam(LanguageResolver.PARAMETER, language.getLanguage())
			.build()
			.toUriString();
	}

}
