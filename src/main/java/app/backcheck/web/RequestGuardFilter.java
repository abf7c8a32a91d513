package app.backcheck.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import app.backcheck.triage.Question;
import app.backcheck.triage.Questionnaire;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first look at every request but the plain GETs, without a body, of pages
 * {@link PageCacheFilter} answers from memory. No body larger than a whole check could
 * need: a declared length over {@value #MAX_BODY_BYTES} bytes gets 413 before anything is
 * read, and a body that grows past it while being read stops there (JSON is then
 * malformed). Form fields or query parameters that cannot be decoded are dropped whole,
 * so the page asks again; the container would otherwise fail the request and log the
 * undecodable answers. Control characters other than tab and line breaks become spaces in
 * every field: no person types them, and a page that shows a field again could not carry
 * them. Tomcat limits form posts and headers too (application.properties). A post that a
 * browser says comes from another site ({@code Sec-Fetch-Site}), or whose {@code Origin}
 * is another site's, gets 403: no other site can send answers in a visitor's name. This
 * needs no cookie or token; clients that are not browsers send neither header and are not
 * affected.
 */
@Component
@EnableConfigurationProperties(SiteProperties.class)
class RequestGuardFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(RequestGuardFilter.class);

	static final int MAX_BODY_BYTES = 16 * 1024;

	/** Form fields that hold a person's health answers or name. */
	private static final Set<String> PRIVATE_FIELDS = Stream
		.concat(Questionnaire.QUESTIONS.stream().map(Question::field), Stream.of("senderName"))
		.collect(Collectors.toUnmodifiableSet());

	private final SiteProperties site;

	RequestGuardFilter(SiteProperties site) {
		this.site = site;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if ("POST".equals(request.getMethod()) && fromAnotherSite(request)) {
			ErrorForward.to(request, response, HttpStatus.FORBIDDEN.value());
			return;
		}
		String contentType = request.getContentType();
		if (contentType != null && contentType.regionMatches(true, 0, "multipart/", 0, "multipart/".length())) {
			// No form of the site sends one: refused before anything is read, whatever
			// its length
			ErrorForward.to(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
			return;
		}
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			ErrorForward.to(request, response, HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		if ("POST".equals(request.getMethod()) && (answersInAddress(request.getQueryString())
				|| staffFieldsInAddress(request.getRequestURI(), request.getQueryString()))) {
			// Answers and names travel in a form's body only: in an address they would
			// reach access logs. A staff form's fields and its CSRF token too, so that a
			// token seen in an address is never enough
			ErrorForward.to(request, response, HttpStatus.BAD_REQUEST.value());
			return;
		}
		chain.doFilter(new CheckedParameters(new LimitedRequest(request)), response);
	}

	/**
	 * Whether a post to the staff area names anything but the page's language in its
	 * address.
	 */
	static boolean staffFieldsInAddress(String path, String query) {
		if (query == null || !path.startsWith("/staff/")) {
			return false;
		}
		for (String pair : query.split("&")) {
			if (!pair.equals(LanguageResolver.PARAMETER) && !pair.startsWith(LanguageResolver.PARAMETER + "=")) {
				return true;
			}
		}
		return false;
	}

	/** Whether a query string names an answer to a question, or a sender's name. */
	static boolean answersInAddress(String query) {
		if (query == null) {
			return false;
		}
		for (String pair : query.split("&")) {
			try {
				if (PRIVATE_FIELDS.contains(URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8))) {
					return true;
				}
			}
			catch (IllegalArgumentException ex) {
				// Not decodable: the container drops it, and it reaches no page
			}
		}
		return false;
	}

	/** A control character that HTML cannot carry: all but tab and line breaks. */
	static boolean unshowable(int c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
	}

	/** The fields, their control characters (but tab and line breaks) made spaces. */
	static Map<String, String[]> withoutControlCharacters(Map<String, String[]> parameters) {
		if (parameters.values()
			.stream()
			.flatMap(Arrays::stream)
			.noneMatch((value) -> value.chars().anyMatch(RequestGuardFilter::unshowable))) {
			return parameters;
		}
		Map<String, String[]> cleaned = new LinkedHashMap<>();
		parameters.forEach((name, values) -> cleaned.put(name,
				Arrays.stream(values).map(RequestGuardFilter::showable).toArray(String[]::new)));
		return Collections.unmodifiableMap(cleaned);
	}

	private static String showable(String value) {
		StringBuilder shown = new StringBuilder(value.length());
		value.chars().forEach((c) -> shown.append(unshowable(c) ? ' ' : (char) c));
		return shown.toString();
	}

	/**
	 * Reads the parameters only when asked for them, after the rate limit has let the
	 * request through, and drops them all when they cannot be decoded; and never fails on
	 * the languages a browser asks for.
	 */
	private static final class CheckedParameters extends HttpServletRequestWrapper {

		private Map<String, String[]> parameters;

		CheckedParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			if (this.parameters == null) {
				try {
					this.parameters = withoutControlCharacters(super.getParameterMap());
				}
				catch (RuntimeException ex) {
					// The exception's message quotes the fields: it must not reach a log
					logger.warn("Dropped request parameters that could not be decoded");
					this.parameters = Map.of();
				}
			}
			return this.parameters;
		}

		@Override
		public String getParameter(String name) {
			String[] values = getParameterMap().get(name);
			return (values != null && values.length > 0) ? values[0] : null;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			return getParameterMap().get(name);
		}

		/**
		 * The container refuses an {@code Accept-Language} with more ranges than it
		 * allows by throwing: the page is still served, in the language
		 * {@link LanguageResolver} picks from the header itself.
		 */
		@Override
		public Locale getLocale() {
			try {
				return super.getLocale();
			}
			catch (IllegalArgumentException ex) {
				return Locale.ENGLISH;
			}
		}

		@Override
		public Enumeration<Locale> getLocales() {
			try {
				return super.getLocales();
			}
			catch (IllegalArgumentException ex) {
				return Collections.enumeration(List.of(Locale.ENGLISH));
			}
		}

	}

	private boolean fromAnotherSite(HttpServletRequest request) {
		String fetchSite = request.getHeader("Sec-Fetch-Site");
		if (fetchSite != null) {
			return !"same-origin".equals(fetchSite) && !"none".equals(fetchSite);
		}
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		return origin != null && !origin.equalsIgnoreCase(PublicAddress.origin(this.site, request));
	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private ServletInputStream limited;

		LimitedRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.limited == null) {
				this.limited = new LimitedInputStream(super.getInputStream());
			}
			return this.limited;
		}

	}

	private static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream in;

		private long read;

		LimitedInputStream(ServletInputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws IOException {
			this.read += n;
			if (this.read > MAX_BODY_BYTES) {
				throw new IOException("Request body over " + MAX_BODY_BYTES + " bytes");
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
