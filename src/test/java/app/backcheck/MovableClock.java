package app.backcheck;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A clock a test moves on, as time passes between two requests: a kiosk's reset after a
 * walk-in's last page, or a screening's retention running out. {@link Config} makes it
 * the application's clock.
 */
public final class MovableClock extends Clock {

	private Instant now = Instant.parse("2026-12-01T10:00:00Z");

	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	@TestConfiguration
	public static class Config {

		@Bean
		MovableClock clock() {
			return new MovableClock();
		}

	}

}
