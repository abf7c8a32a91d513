package app.backcheck.web;

import java.net.URI;

import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the public reaches this BackCheck.
 *
 * @param baseUrl the site's public address, such as {@code https://backcheck.example}:
 * every absolute address the site writes (share links, QR codes) starts with it, whatever
 * Host or X-Forwarded-Host a request carries. Set it in production; without it, a
 * request's own host is used only when it is a plain host name or address.
 */
@Validated
@ConfigurationProperties("backcheck.site")
public record SiteProperties(
		@Pattern(regexp = "(https?://[A-Za-z0-9.:\\[\\]-]{1,260}(/[A-Za-z0-9._~/-]*)?)?") String baseUrl) {

	public URI base() {
		return (this.baseUrl != null && !this.baseUrl.isBlank()) ? URI.create(this.baseUrl.replaceFirst("/+$", ""))
				: null;
	}

}
