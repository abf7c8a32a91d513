package app.backcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import app.backcheck.triage.CauseCue;
import app.backcheck.triage.CauseCues;
import app.backcheck.triage.Questionnaire;
import app.backcheck.triage.UrgencyRule;
import app.backcheck.triage.UrgencyRules;

import org.junit.jupiter.api.Test;

/**
 * docs/triage-rules.md is the published clinical rule table: it must name every rule and
 * cue the code runs.
 */
class RulesDocumentationTests {

	@Test
	void triageRulesDocumentShouldListEveryRuleAndCueAndTheVersion() throws IOException {
		String document = Files.readString(Path.of("docs/triage-rules.md"));
		assertThat(UrgencyRules.ALL).extracting(UrgencyRule::id)
			.allSatisfy((id) -> assertThat(document).contains("`" + id + "`"));
		assertThat(CauseCues.ALL).extracting(CauseCue::id)
			.allSatisfy((id) -> assertThat(document).contains("`" + id + "`"));
		assertThat(document).contains("ruleset version **" + Questionnaire.RULESET_VERSION + "**");
	}

}
