package app.backcheck.inbox;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import javax.sql.DataSource;

import app.backcheck.inbox.AuditEvent.Action;
import app.backcheck.web.LanguageResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The staff area, {@code /staff/**}: form login against the staff accounts, a session
 * (kept in the database by Spring Session, so every instance shares it; its cookie goes
 * to {@code /staff} only), CSRF tokens on every form, and a new session id at sign-in.
 * Signed out, every staff address but the login page leads to the login page. The public
 * site's own chain (in {@code web}) comes after this one and keeps no session.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class StaffSecurity {

	static final String LOGIN = "/staff/login";

	@Bean
	@Order(1)
	SecurityFilterChain staffFilterChain(HttpSecurity http, LoginLimits limits, AuditLog audit,
			@Value("${backcheck.staff.session-lifetime:10h}") Duration lifetime, ObjectProvider<Clock> clocks)
			throws Exception {
		Clock clock = clocks.getIfAvailable(Clock::systemUTC);
		return http.securityMatcher("/staff/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(LOGIN)
				.permitAll()
				.requestMatchers("/staff/admin", "/staff/admin/**")
				.hasRole("ADMIN")
				.anyRequest()
				.hasAnyRole("STAFF", "ADMIN"))
			.formLogin((form) -> form.loginPage(LOGIN).successHandler((request, response, authentication) -> {
				limits.succeeded(request.getParameter("username"));
				if (authentication.getPrincipal() instanceof StaffUser user) {
					audit.record(user, Action.SIGN_IN, null);
				}
				request.getSession().setAttribute(SessionLifetimeFilter.SIGNED_IN_AT, clock.millis());
				response.sendRedirect(withLanguage("/staff/inbox", request));
			}).failureHandler((request, response, exception) -> {
				limits.failed(request.getParameter("username"), request.getRemoteAddr());
				response.sendRedirect(withLanguage(LOGIN + "?error", request));
			}))
			.logout((logout) -> logout.logoutUrl("/staff/logout")
				.logoutSuccessHandler((request, response, authentication) -> response
					.sendRedirect(withLanguage(LOGIN + "?signedOut", request))))
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(
					(request, response, exception) -> response.sendRedirect(withLanguage(LOGIN, request))))
			.addFilterBefore(new LoginLimitFilter(limits), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new SessionLifetimeFilter(lifetime, clock), SecurityContextHolderFilter.class)
			.build();
	}

	/** The address with the language chosen on the page it came from, if one was. */
	static String withLanguage(String path, HttpServletRequest request) {
		Locale chosen = LanguageResolver.chosen(request);
		return UriComponentsBuilder.fromUriString(path)
			.queryParamIfPresent(LanguageResolver.PARAMETER, Optional.ofNullable(chosen).map(Locale::getLanguage))
			.toUriString();
	}

	@Bean
	UserDetailsService staffAccounts(StaffAccountRepository accounts) {
		return (username) -> accounts.findByUsername(StaffAccount.normalise(username))
			.map(StaffUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
	}

	@Bean
	LoginLimits loginLimits(DataSource dataSource, ObjectProvider<Clock> clock) {
		return LoginLimits.of(dataSource, clock.getIfAvailable(Clock::systemUTC));
	}

	/** A sign-in attempt over the limits is refused before the password is checked. */
	static final class LoginLimitFilter extends OncePerRequestFilter {

		private final LoginLimits limits;

		LoginLimitFilter(LoginLimits limits) {
			this.limits = limits;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !(HttpMethod.POST.matches(request.getMethod()) && LOGIN.equals(request.getRequestURI()));
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (this.limits.blocked(request.getParameter("username"), request.getRemoteAddr())) {
				response.sendRedirect(withLanguage(LOGIN + "?locked", request));
				return;
			}
			chain.doFilter(request, response);
		}

	}

	/**
	 * Ends a session {@code backcheck.staff.session-lifetime} after its sign-in, however
	 * busy it has been: the inbox refreshes itself, so a desk screen left open would
	 * otherwise never be signed out.
	 */
	static final class SessionLifetimeFilter extends OncePerRequestFilter {

		static final String SIGNED_IN_AT = "backcheck.signedInAt";

		private final Duration lifetime;

		private final Clock clock;

		SessionLifetimeFilter(Duration lifetime, Clock clock) {
			this.lifetime = lifetime;
			this.clock = clock;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			HttpSession session = request.getSession(false);
			if (session != null && session.getAttribute(SIGNED_IN_AT) instanceof Long signedInAt
					&& this.clock.millis() - signedInAt >= this.lifetime.toMillis()) {
				session.invalidate();
				SecurityContextHolder.clearContext();
				response.sendRedirect(withLanguage(LOGIN + "?expired", request));
				return;
			}
			chain.doFilter(request, response);
		}

	}

}
