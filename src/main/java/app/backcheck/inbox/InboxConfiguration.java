package app.backcheck.inbox;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The retention purge runs on a schedule; staff passwords are hashed as Spring Security's
 * delegating encoder does.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class InboxConfiguration {

	/** bcrypt today, and every older hash still read by its {id} prefix. */
	@Bean
	static PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
