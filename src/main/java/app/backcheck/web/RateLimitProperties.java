package app.backcheck.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on how often one client may post (answers to a page, or to the API).
 *
 * @param enabled {@code false} turns the limits off, for benchmarks and load tests
 * @param capacity posts a client may make at once
 * @param pageCapacity other requests that do work a client may make at once: pages that
 * are not kept in memory (results from share links, coach links, pages not found); static
 * files and kept pages are not counted
 * @param period time in which a client's full capacity comes back
 * @param maxClients clients remembered at once; the least recently seen are forgotten
 * first
 */
@ConfigurationProperties("backcheck.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("60") int capacity,
		@DefaultValue("300") int pageCapacity, @DefaultValue("1m") Duration period,
		@DefaultValue("10000") int maxClients) {
}
