package app.backcheck.inbox;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.regex.Pattern;

import app.backcheck.result.ClinicProperties;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A clinic or a club that receives screenings: its link is {@code /o/{code}}.
 *
 * @param retentionDays how long a screening sent to it is kept, 1 to
 * {@value #MAX_RETENTION_DAYS} days
 */
@Table("organisation")
public record Organisation(@Id Long id, String code, String name, Kind kind, String phone, String bookingUrl,
		String emergencyNumber, int retentionDays) {

	public static final int MAX_RETENTION_DAYS = 90;

	public static final int DEFAULT_RETENTION_DAYS = 7;

	/** Letters, digits and dashes, as a link can carry it unchanged. */
	public static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/** As the site's own emergency number ({@link ClinicProperties}). */
	static final Pattern EMERGENCY_NUMBER = Pattern.compile("[0-9 +]{2,15}");

	static final Pattern PHONE = Pattern.compile("[0-9 +()\\-.]{2,40}");

	public enum Kind {

		CLINIC, CLUB

	}

	public Organisation {
		if (code == null || code.length() > 40 || !CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("An organisation's code is lower-case letters, digits and dashes");
		}
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new IllegalArgumentException("An organisation needs a name of at most 100 characters");
		}
		if (retentionDays < 1 || retentionDays > MAX_RETENTION_DAYS) {
			throw new IllegalArgumentException("Retention is 1 to " + MAX_RETENTION_DAYS + " days");
		}
		if (emergencyNumber == null || emergencyNumber.isBlank()) {
			emergencyNumber = "911";
		}
		if (!EMERGENCY_NUMBER.matcher(emergencyNumber).matches()) {
			throw new IllegalArgumentException("An emergency number is 2 to 15 digits, spaces or +");
		}
		if (phone != null && (phone.length() > 40 || !PHONE.matcher(phone).matches())) {
			throw new IllegalArgumentException("A phone number is at most 40 digits, spaces and + ( ) - .");
		}
		if (bookingUrl != null && !isWebAddress(bookingUrl)) {
			throw new IllegalArgumentException("A booking link is an http or https address");
		}
	}

	private static boolean isWebAddress(String address) {
		try {
			URI uri = new URI(address);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
					&& address.length() <= 500;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * Whom a person who started here should contact, and the emergency number to call: on
	 * the organisation's pages these take the place of the site's own.
	 */
	public ClinicProperties contact() {
		boolean reachable = this.phone != null || this.bookingUrl != null;
		// A name alone gives a person nothing to contact: no "Contact" heading then
		return new ClinicProperties(reachable ? this.name : null, this.phone,
				(this.bookingUrl != null) ? URI.create(this.bookingUrl) : null, this.emergencyNumber);
	}

	public static Organisation of(String code, String name, Kind kind) {
		return new Organisation(null, code, name, kind, null, null, "911", DEFAULT_RETENTION_DAYS);
	}

	public Duration retention() {
		return Duration.ofDays(this.retentionDays);
	}

	Organisation withRetentionDays(int days) {
		return new Organisation(this.id, this.code, this.name, this.kind, this.phone, this.bookingUrl,
				this.emergencyNumber, days);
	}

}
