package app.backcheck.inbox;

import java.security.SecureRandom;
import java.util.Base64;

import app.backcheck.inbox.Organisation.Kind;
import app.backcheck.inbox.StaffAccount.Role;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile: a demo clinic and a demo club, with one staff account each,
 * so that a newcomer can try the whole journey
 * ({@code ./mvnw spring-boot:run -Dspring-boot.run.profiles=demo}). Each start gives the
 * two accounts new passwords and prints them once, on the console only.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

	private final OrganisationRepository organisations;

	private final StaffAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final SecureRandom random = new SecureRandom();

	DemoData(OrganisationRepository organisations, StaffAccountRepository accounts, PasswordEncoder encoder) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.encoder = encoder;
	}

	@Override
	public void run(ApplicationArguments args) {
		StringBuilder printed = new StringBuilder("\nBackCheck demo: sign in at /staff/login\n");
		printed.append(seed("demo-clinic", "Demo Clinic", Kind.CLINIC, "demo-clinic-desk", Role.ADMIN));
		printed.append(seed("demo-club", "Demo Running Club", Kind.CLUB, "demo-club-coach", Role.ADMIN));
		System.out.println(printed);
	}

	private String seed(String code, String name, Kind kind, String username, Role role) {
		Organisation organisation = this.organisations.findByCode(code)
			.orElseGet(() -> this.organisations.save(Organisation.of(code, name, kind)));
		String password = password();
		StaffAccount account = this.accounts.findByUsername(username)
			.map((found) -> new StaffAccount(found.id(), found.organisationId(), username,
					this.encoder.encode(password), found.role()))
			.orElseGet(() -> new StaffAccount(null, organisation.id(), username, this.encoder.encode(password), role));
		this.accounts.save(account);
		return "  " + name + ": runners start at /o/" + code + "; staff sign in as " + username + " with password "
				+ password + "\n";
	}

	private String password() {
		byte[] bytes = new byte[12];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
