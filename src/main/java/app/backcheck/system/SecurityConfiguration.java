package app.backcheck.system;

import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
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
 * Browser policy for every response, with Spring Security's header writers. They run in a filter of their own, first
 * (after only the page cache, which sends the headers it kept), and write at once: a response that a later filter
 * answers itself (429, 413, a refused cross-site post) carries the policy as every page does. BackCheck has no
 * accounts and keeps no state between requests: no session is ever created, nothing is signed in, and every page is
 * open to all.
 */
@Configuration(proxyBeanMethods = false)
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
			// Nothing here acts for a signed-in user or changes state: a forged post can only show someone a result
			// of answers the forger already has, so there is nothing for a CSRF token to protect, and it would need
			// a session or a cookie
			.csrf(AbstractHttpConfigurer::disable)
			.anonymous(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			// The browser policy comes from browserPolicy() below; caching is set per page: no-store where answers
			// show, a year for fingerprinted static files
			.headers((headers) -> headers.defaultsDisabled().addHeaderWriter(languages.headerWriter()))
			.build();
	}

	/** The headers Spring Security would write by default, and BackCheck's own policies, on every response. */
	@Bean
	FilterRegistrationBean<HeaderWriterFilter> browserPolicy() {
		CrossOriginOpenerPolicyHeaderWriter crossOriginOpener = new CrossOriginOpenerPolicyHeaderWriter();
		crossOriginOpener.setPolicy(CrossOriginOpenerPolicy.SAME_ORIGIN);
		HeaderWriterFilter filter = new HeaderWriterFilter(List.of(new XContentTypeOptionsHeaderWriter(),
				new XXssProtectionHeaderWriter(), new HstsHeaderWriter(),
				new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
				new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
				new ReferrerPolicyHeaderWriter(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN),
				new PermissionsPolicyHeaderWriter(PERMISSIONS_POLICY), crossOriginOpener));
		filter.setShouldWriteHeadersEagerly(true);
		FilterRegistrationBean<HeaderWriterFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/** No accounts: an empty user store keeps Spring Boot from making a default user with a logged password. */
	@Bean
	UserDetailsService noUsers() {
		return new InMemoryUserDetailsManager();
	}

}
