package app.backcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import app.backcheck.triage.AnswerProblem;
import app.backcheck.triage.Cause;
import app.backcheck.triage.CauseCue;
import app.backcheck.triage.CauseCues;
import app.backcheck.triage.Likelihood;
import app.backcheck.triage.Question;
import app.backcheck.triage.Questionnaire;
import app.backcheck.triage.Section;
import app.backcheck.triage.TestAnswers;
import app.backcheck.triage.TriageService;
import app.backcheck.triage.Urgency;
import app.backcheck.triage.UrgencyRule;
import app.backcheck.triage.UrgencyRules;

import org.junit.jupiter.api.Test;

/**
 * Every word a user reads comes from messages.properties: every key the code and the templates ask for exists.
 */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private final Properties messages = load("/messages/messages.properties");

	@Test
	void everyQuestionShouldHaveItsWordsAndEveryOptionItsLabel() {
		List<String> keys = new ArrayList<>();
		for (Question question : Questionnaire.QUESTIONS) {
			keys.add("question." + question.field());
			keys.add("error." + question.field() + ".MISSING");
			if (question.kind() == Question.Kind.ONE_OF || question.kind() == Question.Kind.ANY_OF) {
				question.codes().forEach((code) -> keys.add("question." + question.field() + "." + code));
			}
		}
		for (Section section : Section.values()) {
			keys.add("section." + section.slug() + ".title");
		}
		for (AnswerProblem.Problem problem : AnswerProblem.Problem.values()) {
			keys.add("error." + problem);
		}
		assertThat(keys).allSatisfy(this::assertKnown);
	}

	@Test
	void everyRuleCueCauseAndAdviceShouldHaveItsWords() {
		List<String> keys = new ArrayList<>();
		UrgencyRules.ALL.stream().map(UrgencyRule::id).forEach((id) -> keys.add("rule." + id));
		CauseCues.ALL.stream().map(CauseCue::id).forEach((id) -> keys.add("cue." + id));
		CauseCues.ALL.stream().map(CauseCue::weight).forEach((weight) -> keys.add("weight." + weight));
		for (Cause cause : Cause.values()) {
			keys.add("cause." + cause);
			keys.add("cause." + cause + ".summary");
			keys.addAll(cause.advice());
		}
		for (Urgency urgency : Urgency.values()) {
			keys.add("urgency." + urgency + ".title");
			keys.add("urgency." + urgency + ".action");
		}
		for (Likelihood likelihood : Likelihood.values()) {
			keys.add("likelihood." + likelihood);
		}
		keys.addAll(List.of("advice.general.together", "advice.general.strengthen", "advice.general.active"));
		keys.addAll(new TriageService().assess(TestAnswers.baseline().answers()).safetyNet());
		assertThat(keys).allSatisfy(this::assertKnown);
	}

	@Test
	void everyMessageKeyNamedInATemplateShouldExist() throws IOException {
		Pattern literalKey = Pattern.compile("#\\{([\\w.-]+)[}(]|#messages\\.msg(?:OrNull)?\\('([\\w.-]+)'\\)");
		List<String> keys = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(TEMPLATES)) {
			for (Path template : templates.filter((path) -> path.toString().endsWith(".html")).toList()) {
				Matcher matcher = literalKey.matcher(Files.readString(template));
				while (matcher.find()) {
					keys.add((matcher.group(1) != null) ? matcher.group(1) : matcher.group(2));
				}
			}
		}
		assertThat(keys).isNotEmpty().allSatisfy(this::assertKnown);
	}

	private void assertKnown(String key) {
		assertThat(this.messages.getProperty(key)).as("message " + key).isNotBlank();
	}

	private static Properties load(String resource) {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream(resource)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
