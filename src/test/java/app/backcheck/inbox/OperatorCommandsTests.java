package app.backcheck.inbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operators' commands: organisations and staff accounts, the password from standard
 * input only.
 */
@SpringBootTest
class OperatorCommandsTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private StaffAccountRepository accounts;

	@Autowired
	private OrganisationRepository organisations;

	@Autowired
	private PasswordEncoder encoder;

	private record Run(int status, String output) {
	}

	private Run run(String input, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = OperatorCommands.run(this.context, args,
				new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(out, true, StandardCharsets.UTF_8));
		return new Run(status, out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void anOperatorShouldCreateAnOrganisationAndAddListAndRemoveItsStaff() {
		Run created = run("", "organisation", "create", "hill-physio", "Hill Physio", "--kind=CLINIC",
				"--retention-days=14", "--spring.profiles.active=ignored");
		assertThat(created.status()).as(created.output()).isZero();
		assertThat(created.output()).contains("/o/hill-physio", "14 days");
		assertThat(this.organisations.findByCode("hill-physio").orElseThrow().retentionDays()).isEqualTo(14);
		assertThat(run("", "organisation", "list").output()).contains("hill-physio\tCLINIC\t14 days\tHill Physio");

		Run added = run("a long enough password\n", "staff", "add", "hill-physio", "hill.desk", "--role=ADMIN");
		assertThat(added.status()).as(added.output()).isZero();
		StaffAccount account = this.accounts.findByUsername("hill.desk").orElseThrow();
		assertThat(account.role()).isEqualTo(StaffAccount.Role.ADMIN);
		assertThat(account.passwordHash()).startsWith("{bcrypt}").doesNotContain("a long enough password");
		assertThat(this.encoder.matches("a long enough password", account.passwordHash())).isTrue();
		assertThat(run("", "staff", "list", "hill-physio").output()).contains("hill.desk\tADMIN");

		assertThat(run("", "staff", "remove", "hill.desk").status()).isZero();
		assertThat(this.accounts.findByUsername("hill.desk")).isEmpty();
	}

	@Test
	void badCommandsShouldBeRefusedWithoutStoringAnything() {
		assertThat(run("", "organisation", "create", "Bad Code!", "X").status()).isEqualTo(1);
		assertThat(run("", "organisation", "create", "x-clinic", "X", "--retention-days=91").status()).isEqualTo(1);
		assertThat(run("", "organisation", "create", "x-clinic", "X", "--emergency-number=call 112").status())
			.isEqualTo(1);
		assertThat(run("", "organisation", "create", "x-clinic", "X", "--booking-url=javascript:alert(1)").status())
			.isEqualTo(1);
		assertThat(run("", "organisation", "create", "x-clinic", "X", "--phone=<b>0</b>").status()).isEqualTo(1);
		assertThat(this.organisations.findByCode("x-clinic")).isEmpty();
		run("", "organisation", "create", "short-pass", "Short");
		Run shortPassword = run("too short\n", "staff", "add", "short-pass", "someone");
		assertThat(shortPassword.status()).isEqualTo(1);
		assertThat(shortPassword.output()).contains("at least 12 characters");
		assertThat(run("", "staff", "add", "short-pass", "nobody-typed").status()).isEqualTo(1);
		assertThat(this.accounts.findByUsername("someone")).isEmpty();
		assertThat(run("a long enough password\n", "staff", "add", "no-such-org", "someone").status()).isEqualTo(1);
		assertThat(run("", "staff").status()).isEqualTo(2);
		assertThat(run("", "organisation", "delete", "x").output()).contains("Usage:");
	}

}
