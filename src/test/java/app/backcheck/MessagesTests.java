package app.backcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import app.backcheck.triage.AnswerProblem;
import app.backcheck.triage.Assessment;
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
import app.backcheck.web.LanguageResolver;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every word a user reads comes from the message bundles: every key the code and the
 * templates ask for exists, every language has every key with the same arguments, and
 * templates hold no words of their own.
 */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/**
	 * Keys whose words are the same in English and Spanish: names, and words the two
	 * languages share.
	 */
	private static final Pattern SAME_IN_EVERY_LANGUAGE = Pattern.compile("app\\.name|(page\\.)?error(-|\\.)prefix"
			+ "|answer\\.false|question\\.\\w+\\.(NO|NONE)|language\\.\\w+|source\\.(?!ARTICLE|CHILD_BACK_PAIN)\\w+(\\.title)?");

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d[^}]*}");

	/** Any letter, in any script: text that a reader would read. */
	private static final Pattern WORDS = Pattern.compile("\\p{L}");

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
		TriageService triage = new TriageService();
		for (String changes : List.of("age=35", "tenderKnot=true; worseWhen=ONE_LEG_LOADING", "warningSigns=FEVER",
				"impactPain=YES", "boneStressRisks=UNDER_FUELLING", "age=9", "legPain=BOTH_LEGS")) {
			Assessment assessment = triage.assess(TestAnswers.baseline().with(changes).answers());
			keys.add(assessment.action());
			keys.addAll(assessment.advice());
			keys.addAll(assessment.safetyNet());
			if (assessment.causesNote() != null) {
				keys.add(assessment.causesNote());
			}
		}
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

	@Test
	void everyLanguageShouldHaveEveryKeyWithTheSameArguments() {
		for (Locale language : LanguageResolver.LANGUAGES.subList(1, LanguageResolver.LANGUAGES.size())) {
			Properties translated = load("/messages/messages_" + language.getLanguage() + ".properties");
			assertThat(translated.stringPropertyNames()).as(language.getLanguage())
				.containsExactlyInAnyOrderElementsOf(this.messages.stringPropertyNames());
			for (String key : this.messages.stringPropertyNames()) {
				String english = this.messages.getProperty(key);
				String words = translated.getProperty(key);
				assertThat(words).as("%s in %s", key, language).isNotBlank();
				assertThat(arguments(words)).as("arguments of %s in %s", key, language).isEqualTo(arguments(english));
				if (!SAME_IN_EVERY_LANGUAGE.matcher(key).matches()) {
					assertThat(words).as("%s in %s is still in English", key, language).isNotEqualTo(english);
				}
			}
		}
	}

	@Test
	void messagesWithArgumentsShouldDoubleEveryApostrophe() {
		// MessageFormat reads a single ' as the start of quoted text, which would swallow
		// the words after it
		for (Locale language : LanguageResolver.LANGUAGES) {
			Properties bundle = load("/messages/messages"
					+ (language.equals(LanguageResolver.LANGUAGES.get(0)) ? "" : "_" + language.getLanguage())
					+ ".properties");
			bundle.forEach((key, words) -> {
				if (ARGUMENT.matcher((String) words).find()) {
					assertThat(((String) words).replace("''", "")).as("%s in %s", key, language).doesNotContain("'");
					assertThat(new MessageFormat((String) words, language).format(new Object[] { new Date(), "x" }))
						.as("%s in %s", key, language)
						.isNotBlank();
				}
			});
		}
	}

	@Test
	void templatesShouldHoldNoWordsOfTheirOwn() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(TEMPLATES)) {
			for (Path template : templates.filter((path) -> path.toString().endsWith(".html")).toList()) {
				for (Element element : Jsoup.parse(Files.readString(template)).getAllElements()) {
					// th:text and th:utext replace the element's text; th:replace and
					// th:insert its whole content
					boolean replaced = Stream.of("th:text", "th:utext", "th:replace", "th:insert")
						.anyMatch(element::hasAttr);
					element.textNodes()
						.stream()
						.filter((text) -> !replaced && WORDS.matcher(text.text()).find())
						.forEach((text) -> found.add(template.getFileName() + ": " + text.text().strip()));
					Stream.of("alt", "title", "aria-label", "placeholder", "label")
						.filter((name) -> WORDS.matcher(element.attr(name)).find())
						.forEach((name) -> found.add(template.getFileName() + ": " + name + "=" + element.attr(name)));
				}
			}
		}
		assertThat(found).as("words in templates that are not from the messages").isEmpty();
	}

	private static List<String> arguments(String words) {
		List<String> arguments = new ArrayList<>();
		Matcher matcher = ARGUMENT.matcher(words);
		while (matcher.find()) {
			arguments.add(matcher.group());
		}
		return arguments.stream().sorted().toList();
	}

	private void assertKnown(String key) {
		assertThat(this.messages.getProperty(key)).as("message " + key).isNotBlank();
	}

	static Properties load(String resource) {
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
