package app.backcheck.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.PermissionsPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Browser policy for every response, with Spring Security's header writers run by a
 * Tomcat valve before anything else, so that no response goes without it. The public site
 * has no accounts and keeps no state between requests: no session is ever created,
 * nothing is signed in, and every page is open to all. The staff area ({@code /staff/**})
 * has a chain of its own, ordered before this one, in {@code inbox.StaffSecurity}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "bluetooth=(), serial=(), hid=(), accelerometer=(), gyroscope=(), magnetometer=(), "
			+ "display-capture=()";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LanguageResolver languages) throws Exception {
		return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.securityContext((context) -> context.requireExplicitSave(true))
			// Nothing here acts for a signed-in user or changes state: a forged post can
			// only show someone a result of answers the forger already has, so there is
			// nothing for a CSRF token to protect, and it would need a session or a
			// cookie.
			// The staff area's own chain has CSRF tokens.
			.csrf(AbstractHttpConfigurer::disable)
			.anonymous(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			// The same writers as the valve below, for what reaches the application
			// without Tomcat (tests with a mock server); each leaves a header the valve
			// already wrote. Caching is set per page: no-store where answers show, a year
			// for fingerprinted static files
			.headers((headers) -> {
				headers.defaultsDisabled();
				browserPolicyWriters().forEach(headers::addHeaderWriter);
				headers.addHeaderWriter(languages.headerWriter());
			})
			.build();
	}

	/**
	 * The headers Spring Security would write by default, and BackCheck's own policies.
	 */
	static List<HeaderWriter> browserPolicyWriters() {
		CrossOriginOpenerPolicyHeaderWriter crossOriginOpener = new CrossOriginOpenerPolicyHeaderWriter();
		crossOriginOpener.setPolicy(CrossOriginOpenerPolicy.SAME_ORIGIN);
		return List.of(new XContentTypeOptionsHeaderWriter(), new XXssProtectionHeaderWriter(), new HstsHeaderWriter(),
				new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
				new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
				new ReferrerPolicyHeaderWriter(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN),
				new PermissionsPolicyHeaderWriter(PERMISSIONS_POLICY), crossOriginOpener);
	}

	/**
	 * Written by a Tomcat valve, before any filter and before Tomcat's own checks answer:
	 * every response carries the policy, Tomcat's 400s and the pages filters answer
	 * themselves (429, 413, 403) included.
	 */
	@Bean
	BrowserPolicyValve browserPolicyForEveryResponse() {
		return new BrowserPolicyValve(browserPolicyWriters());
	}

	/**
	 * Added after Spring Boot's own valves, so that it runs after the forwarded headers
	 * were read: HSTS is written for a request that reached the proxy over HTTPS.
	 */
	static final class BrowserPolicyValve extends ValveBase
			implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

		private final List<HeaderWriter> writers;

		BrowserPolicyValve(List<HeaderWriter> writers) {
			this.writers = writers;
		}

		@Override
		public void customize(ConfigurableTomcatWebServerFactory factory) {
			factory.addEngineValves(this);
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

		@Override
		public void invoke(Request request, Response response) throws IOException, ServletException {
			this.writers.forEach((writer) -> writer.writeHeaders(request, response));
			getNext().invoke(request, response);
		}

	}

}
