package app.backcheck.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Pages that are the same for every visitor are rendered once and then served from
 * memory: the start page, the first question page, the rules and the privacy page, each
 * without parameters and outside kiosk mode. They depend only on the address the site was
 * reached at (the start page's share link and QR code), so that address is part of the
 * key, and a bounded number of addresses is kept. The language the page is written in
 * (from {@code Accept-Language}) is part of the key too. Runs first ({@link WebFilters}
 * says why): the first rendering goes through every other filter, its headers (which the
 * security filters add) are kept with the page and sent again, and each later request for
 * it is counted in the same {@code http.server.requests} timer, under the same route, as
 * that first rendering was. A request with a body is never one of these pages: it goes on
 * to {@link RequestGuardFilter}.
 */
@Component
class PageCacheFilter extends OncePerRequestFilter {

	static final Set<String> PAGES = Set.of("/", "/check/emergency-signs", "/how-it-decides", "/privacy");

	private static final int MAX_ENTRIES = 32;

	/** gzip in Accept-Encoding, unless refused with q=0. */
	private static final Pattern GZIP = Pattern.compile("(^|,)\\s*gzip\\s*(,|$|;\\s*q=(?!0(\\.0*)?\\s*(,|$)))",
			Pattern.CASE_INSENSITIVE);

	/** Headers that belong to one response, not to the page. */
	private static final Set<String> OWN_HEADERS = Set.of("content-length", "transfer-encoding", "date",
			"content-encoding");

	private final Map<String, Page> pages = new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
			return size() > MAX_ENTRIES;
		}

	};

	private final LocaleResolver languages;

	private final ObjectProvider<MeterRegistry> meters;

	PageCacheFilter(LocaleResolver languages, ObjectProvider<MeterRegistry> meters) {
		this.languages = languages;
		this.meters = meters;
	}

	/**
	 * A page as rendered, compressed once for every browser that takes gzip, and the
	 * timer its first rendering was counted in (none when HTTP metrics are off).
	 */
	private record Page(String contentType, List<String[]> headers, byte[] body, byte[] gzip, Timer timer) {

		static byte[] gzip(byte[] body) throws IOException {
			ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
			try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
				gzip.write(body);
			}
			return out.toByteArray();
		}

	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !HttpMethod.GET.matches(request.getMethod()) || request.getQueryString() != null
				|| request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
				|| !request.getParameterMap().isEmpty() || !PAGES.contains(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = this.languages.resolveLocale(request).toLanguageTag() + " " + request.getRequestURL();
		Page page;
		synchronized (this.pages) {
			page = this.pages.get(key);
		}
		if (page != null) {
			long start = System.nanoTime();
			write(page, acceptsGzip(request), response);
			if (page.timer() != null) {
				page.timer().record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
			}
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		if (rendering.getStatus() == HttpServletResponse.SC_OK && !rendering.containsHeader(HttpHeaders.SET_COOKIE)) {
			List<String[]> headers = new ArrayList<>();
			for (String name : rendering.getHeaderNames()) {
				if (!OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
					rendering.getHeaders(name).forEach((value) -> headers.add(new String[] { name, value }));
				}
			}
			byte[] body = rendering.getContentAsByteArray();
			Page rendered = new Page(rendering.getContentType(), headers, body, Page.gzip(body), timer(request));
			synchronized (this.pages) {
				this.pages.put(key, rendered);
			}
		}
		rendering.copyBodyToResponse();
	}

	/**
	 * Compressing a page on every request would cost more than everything else here: it
	 * is sent as compressed once.
	 */
	private static void write(Page page, boolean gzip, HttpServletResponse response) throws IOException {
		response.setContentType(page.contentType());
		// The kept headers replace any the response already carries (the browser policy,
		// written before this runs)
		Set<String> replaced = new HashSet<>();
		for (String[] header : page.headers()) {
			if (replaced.add(header[0].toLowerCase(Locale.ROOT))) {
				response.setHeader(header[0], header[1]);
			}
			else {
				response.addHeader(header[0], header[1]);
			}
		}
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		byte[] bytes = gzip ? page.gzip() : page.body();
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	/**
	 * The timer the metrics filter counted the first rendering in: its name and route
	 * tags, with {@code error} as Micrometer's meter handler adds it.
	 */
	private Timer timer(HttpServletRequest request) {
		MeterRegistry registry = this.meters.getIfAvailable();
		return ServerHttpObservationFilter.findObservationContext(request)
			.filter((context) -> registry != null)
			.map((context) -> Timer.builder(context.getName())
				.tags(context.getLowCardinalityKeyValues()
					.stream()
					.map((tag) -> Tag.of(tag.getKey(), tag.getValue()))
					.toList())
				.tag("error", "none")
				.register(registry))
			.orElse(null);
	}

	private static boolean acceptsGzip(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		return accepted != null && GZIP.matcher(accepted).find();
	}

}
