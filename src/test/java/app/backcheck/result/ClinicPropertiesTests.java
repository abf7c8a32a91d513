package app.backcheck.result;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;

class ClinicPropertiesTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Config.class);

	@Test
	void emergencyNumberShouldDefaultTo911AndNoClinicContact() {
		this.contexts.run((context) -> {
			ClinicProperties clinic = context.getBean(ClinicProperties.class);
			assertThat(clinic.emergencyNumber()).isEqualTo("911");
			assertThat(clinic.hasContact()).isFalse();
		});
	}

	@Test
	void anEmergencyNumberThatIsNotANumberShouldStopTheAppFromStarting() {
		this.contexts.withPropertyValues("backcheck.clinic.emergency-number=<call us>")
			.run((context) -> assertThat(context).hasFailed());
	}

	@EnableConfigurationProperties(ClinicProperties.class)
	static class Config {

	}

}
