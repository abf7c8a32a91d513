package app.backcheck.inbox;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.sql.DataSource;

import app.backcheck.inbox.AuditEvent.Action;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

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
	SecurityFilterChain staffFilterChain(HttpSecurity http, LoginLimits limits, AuditLog audit) throws Exception {
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
				response.sendRedirect("/staff/inbox");
			}).failureHandler((request, response, exception) -> {
				limits.failed(request.getParameter("username"), request.getRemoteAddr());
				response.sendRedirect(LOGIN + "?error");
			}))
			.logout((logout) -> logout.logoutUrl("/staff/logout").logoutSuccessUrl(LOGIN + "?signedOut"))
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.addFilterBefore(new LoginLimitFilter(limits), UsernamePasswordAuthenticationFilter.class)
			.build();
	}

	@Bean
	UserDetailsService staffAccounts(StaffAccountRepository accounts) {
		return (username) -> accounts.findByUsername(username)
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
				response.sendRedirect(LOGIN + "?locked");
				return;
			}
			chain.doFilter(request, response);
		}

	}

}
