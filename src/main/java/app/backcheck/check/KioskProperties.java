package app.backcheck.check;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Kiosk mode, for a shared tablet at a clinic's front desk.
 *
 * @param idleTimeout after this long without use a page returns to the kiosk start and
 * the answers are gone
 * @param warning how long before that a warning shows (where JavaScript runs)
 */
@ConfigurationProperties("backcheck.kiosk")
public record KioskProperties(@DefaultValue("2m") Duration idleTimeout, @DefaultValue("20s") Duration warning) {
}
