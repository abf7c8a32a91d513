package app.backcheck.system;

import java.io.IOException;
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
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-client limits on posts, with Bucket4j token buckets. Over the limit a client gets 429 with Retry-After: the
 * site's own page for browsers, problem details for the API. The client is the connection's address, which is the
 * forwarded client address only when forwarded headers are trusted ({@code server.forward-headers-strategy}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
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
		return !this.properties.enabled() || !HttpMethod.POST.matches(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ConsumptionProbe probe = bucketFor(request.getRemoteAddr()).tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		ErrorForward.to(request, response, HttpStatus.TOO_MANY_REQUESTS.value());
	}

	private Bucket bucketFor(String client) {
		synchronized (this.buckets) {
			return this.buckets.computeIfAbsent(client, (key) -> Bucket.builder()
				.addLimit(Bandwidth.builder()
					.capacity(this.properties.capacity())
					.refillGreedy(this.properties.capacity(), this.properties.period())
					.build())
				.build());
		}
	}

}
