package app.backcheck.web;

import java.net.URI;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Makes the absolute addresses people copy or scan: from the configured base URL, never
 * from a header a client can set, or, without one, from the request's host when it is a
 * plain host name or address. Otherwise the address stays relative to this site: a share
 * link still opens here, and nothing a client sends can break the page.
 */
@Component
@EnableConfigurationProperties(SiteProperties.class)
public class PublicAddress {

	/**
	 * A DNS name or an IPv4 or IPv6 address, with an optional port: nothing else is
	 * written into a link.
	 */
	private static final String LABEL = "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?";

	private static final Pattern PLAIN_HOST = Pattern.compile(LABEL + "(\\." + LABEL + ")*|\\[[0-9A-Fa-f:.]{2,45}]");

	private static final int MAX_HOST = 253;

	private final SiteProperties site;

	PublicAddress(SiteProperties site) {
		this.site = site;
	}

	/**
	 * A builder for an absolute address on this site, or a relative one when the current
	 * request's host is not plain.
	 */
	public UriComponentsBuilder builder() {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		if (this.site.base() != null) {
			return UriComponentsBuilder.fromUri(this.site.base());
		}
		String host = request.getServerName();
		if (host == null || host.length() > MAX_HOST || !PLAIN_HOST.matcher(host).matches()) {
			return UriComponentsBuilder.newInstance();
		}
		return (request.getServerPort() > 65535) ? UriComponentsBuilder.newInstance() : ofRequest(request);
	}

	/**
	 * This site's origin as a browser names it: the base URL's, or else the request's
	 * own.
	 */
	static String origin(SiteProperties site, HttpServletRequest request) {
		URI base = site.base();
		return (base != null) ? base.getScheme() + "://" + base.getRawAuthority() : ofRequest(request).toUriString();
	}

	/**
	 * The request's scheme, host and port, the port left out where it is the scheme's
	 * own.
	 */
	private static UriComponentsBuilder ofRequest(HttpServletRequest request) {
		String scheme = request.getScheme();
		int port = request.getServerPort();
		boolean defaultPort = port <= 0 || ("http".equals(scheme) && port == 80)
				|| ("https".equals(scheme) && port == 443);
		return UriComponentsBuilder.newInstance()
			.scheme(scheme)
			.host(request.getServerName())
			.port(defaultPort ? -1 : port);
	}

}
