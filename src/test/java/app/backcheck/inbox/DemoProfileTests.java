package app.backcheck.inbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo profile seeds a clinic and a club with a staff account each, and prints their
 * passwords once.
 */
@SpringBootTest
@ActiveProfiles("demo")
@ExtendWith(OutputCaptureExtension.class)
class DemoProfileTests {

	@Autowired
	private OrganisationRepository organisations;

	@Autowired
	private StaffAccountRepository accounts;

	@Autowired
	private PasswordEncoder encoder;

	@Autowired
	private DemoData demo;

	@Test
	void demoShouldSeedAClinicAndAClubWhoseStaffCanSignInWithThePrintedPasswords(CapturedOutput output)
			throws Exception {
		this.demo.run(null);
		assertThat(this.organisations.findByCode("demo-clinic")).isPresent();
		assertThat(this.organisations.findByCode("demo-club")).isPresent();
		for (String username : new String[] { "demo-clinic-desk", "demo-club-coach" }) {
			String line = output.getOut()
				.lines()
				.filter((l) -> l.contains("sign in as " + username))
				.reduce((a, b) -> b)
				.orElseThrow();
			String password = line.substring(line.lastIndexOf(' ') + 1);
			assertThat(
					this.encoder.matches(password, this.accounts.findByUsername(username).orElseThrow().passwordHash()))
				.isTrue();
		}
	}

}
