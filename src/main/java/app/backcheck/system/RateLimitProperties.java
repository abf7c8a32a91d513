package app.backcheck.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on how often one client may post (answers to a page, or to the API).
 * @param enabled {@code false} turns the limits off, for benchmarks and load tests
 * @param capacity posts a client may make at once
 * @param period time in which a client's full capacity comes back
 * @param maxClients clients remembered at once; the least recently seen are forgotten first
 */
@ConfigurationProperties("backcheck.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("60") int capacity,
		@DefaultValue("1m") Duration period, @DefaultValue("10000") int maxClients) {
}
