package app.backcheck.result;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The clinic that runs this BackCheck: shown on results so a person knows whom to
 * contact, and the emergency number used in every emergency message.
 *
 * @param name the clinic's name, or none
 * @param phone the clinic's phone number, or none
 * @param bookingUrl where to book an appointment online, or none
 * @param emergencyNumber the number to call in an emergency: 911 by default (the source
 * article's clinic is in the US); 999 in the UK, 112 in the EU
 */
@Validated
@ConfigurationProperties("backcheck.clinic")
public record ClinicProperties(@Size(max = 100) String name, @Size(max = 40) String phone, URI bookingUrl,
		@NotBlank @Pattern(regexp = "[0-9 +]{2,15}") @DefaultValue("911") String emergencyNumber) {

	public boolean hasContact() {
		return hasText(this.name) || hasText(this.phone) || this.bookingUrl != null;
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
