package app.backcheck.web;

import jakarta.servlet.Filter;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The order of BackCheck's filters, in one place. Spring Boot places its own among them
 * by their orders; the Tomcat valve that writes the browser policy
 * ({@link SecurityConfiguration}) runs before them all, so every response carries it.
 * <ol>
 * <li>{@link PageCacheFilter}, first: a page that is the same for everyone is answered
 * from memory before any other work. Its first rendering went through everything below,
 * so the headers it keeps are the ones the security filters wrote, and it records each
 * answer in the HTTP metrics timer that first rendering was counted in.</li>
 * <li>Spring Boot's HTTP metrics ({@code ServerHttpObservationFilter}, highest precedence
 * + 1): times everything the cache did not answer.</li>
 * <li>{@link RequestGuardFilter}: refuses cross-site posts, multipart bodies and bodies
 * over 16 KB before anything is read, and makes the form parameters lazy, so that nothing
 * is parsed before the rate limit.</li>
 * <li>{@link RateLimitFilter}: per-client limits; a client over its limit costs no
 * parsing.</li>
 * <li>Spring Security (order -100): the same browser policy for what reaches the
 * application without Tomcat.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
class WebFilters {

	static final int PAGE_CACHE = Ordered.HIGHEST_PRECEDENCE;

	static final int REQUEST_GUARD = Ordered.HIGHEST_PRECEDENCE + 10;

	static final int RATE_LIMIT = Ordered.HIGHEST_PRECEDENCE + 20;

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheOrder(PageCacheFilter filter) {
		return ordered(filter, PAGE_CACHE);
	}

	@Bean
	FilterRegistrationBean<RequestGuardFilter> requestGuardOrder(RequestGuardFilter filter) {
		return ordered(filter, REQUEST_GUARD);
	}

	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitOrder(RateLimitFilter filter) {
		return ordered(filter, RATE_LIMIT);
	}

	private static <F extends Filter> FilterRegistrationBean<F> ordered(F filter, int order) {
		FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(order);
		return registration;
	}

}
