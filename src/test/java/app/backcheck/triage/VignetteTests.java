package app.backcheck.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The written cases in docs/clinical-vignettes.md, each run through the rules as the page
 * says it must come out.
 */
class VignetteTests {

	private static final Path VIGNETTES = Path.of("docs/clinical-vignettes.md");

	private final TriageService triage = new TriageService();

	record Vignette(String number, String story, String answers, Urgency urgency, boolean stopRunning,
			List<String> mustInclude) {

		@Override
		public String toString() {
			return this.number + ". " + this.story;
		}

	}

	static Stream<Vignette> vignettes() throws IOException {
		return Files.readAllLines(VIGNETTES)
			.stream()
			.filter((line) -> line.matches("\\| \\d+ \\|.*"))
			.map((line) -> line.substring(1, line.length() - 1).split("\\|", -1))
			.map((cells) -> new Vignette(cells[0].strip(), cells[1].strip(), cells[2].strip(),
					Urgency.valueOf(cells[3].strip()), Boolean.parseBoolean(cells[4].strip()), ids(cells[5])));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("vignettes")
	void vignetteShouldComeOutAsWritten(Vignette vignette) {
		Assessment assessment = this.triage.assess(TestAnswers.baseline().with(vignette.answers()).raw());
		assertThat(assessment.urgency()).isEqualTo(vignette.urgency());
		assertThat(assessment.stopRunning()).isEqualTo(vignette.stopRunning());
		assertThat(assessment.urgencyReasons()).containsAll(vignette.mustInclude());
		if (vignette.mustInclude().isEmpty()) {
			assertThat(assessment.urgencyReasons()).isEmpty();
		}
	}

	@Test
	void thereShouldBeAtLeastFortyVignettesNumberedInOrder() throws IOException {
		List<Vignette> all = vignettes().toList();
		assertThat(all).hasSizeGreaterThanOrEqualTo(40);
		for (int i = 0; i < all.size(); i++) {
			assertThat(all.get(i).number()).isEqualTo(String.valueOf(i + 1));
		}
		assertThat(Files.readString(VIGNETTES)).contains("Ruleset **" + Questionnaire.RULESET_VERSION + "**");
	}

	private static List<String> ids(String cell) {
		return Arrays.stream(cell.split(",")).map(String::strip).filter((id) -> !id.isEmpty()).toList();
	}

}
