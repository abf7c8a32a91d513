package app.backcheck.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-client limits, with Bucket4j token buckets: one for posts, one for other requests
 * that do work (pages kept in memory are answered before this filter, and static files
 * are not counted). Over the limit a client gets 429 with Retry-After: the site's own
 * page for browsers, problem details for the API. A form body is read only after this
 * (see {@link RequestGuardFilter}), so a client over its limit costs no parsing. The
 * client is the connection's address, which is the forwarded client address only when
 * forwarded headers are trusted ({@code server.forward-headers-strategy}); an IPv6 client
 * is its /64 network, since one connection usually has a whole /64 to choose addresses
 * from.
 */
@Component
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitFilter extends OncePerRequestFilter {

	private final RateLimitProperties properties;

	private final Map<String, Bucket> buckets;

	RateLimitFilter(RateLimitProperties properties) {
		this.properties = properties;
		this.buckets = new LinkedHashMap<>(256, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
				return size() > properties.maxClients();
			}

		};
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !this.properties.enabled() || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.equals("/favicon.ico");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean post = HttpMethod.POST.matches(request.getMethod());
		String key = (post ? "post " : "page ") + client(request.getRemoteAddr());
		ConsumptionProbe probe = bucketFor(key, post ? this.properties.capacity() : this.properties.pageCapacity())
			.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		ErrorForward.to(request, response, HttpStatus.TOO_MANY_REQUESTS.value());
	}

	/** The client an address belongs to: itself for IPv4, its /64 network for IPv6. */
	static String client(String address) {
		if (address == null || address.indexOf(':') < 0) {
			return address;
		}
		try {
			byte[] bytes = InetAddress.getByName(address.replaceAll("^\\[|]$|%.*$", "")).getAddress();
			return (bytes.length == 16) ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}

	private Bucket bucketFor(String key, long capacity) {
		synchronized (this.buckets) {
			return this.buckets.computeIfAbsent(key, (client) -> Bucket.builder()
				.addLimit(
						Bandwidth.builder().capacity(capacity).refillGreedy(capacity, this.properties.period()).build())
				.build());
		}
	}

}
