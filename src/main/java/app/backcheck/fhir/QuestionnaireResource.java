package app.backcheck.fhir;

import static app.backcheck.triage.Questionnaire.EMERGENCY_SIGNS;

import java.util.ArrayList;
import java.util.List;

import app.backcheck.fhir.FhirQuestionnaire.AnswerOption;
import app.backcheck.fhir.FhirQuestionnaire.Coding;
import app.backcheck.fhir.FhirQuestionnaire.EnableWhen;
import app.backcheck.fhir.FhirQuestionnaire.Extension;
import app.backcheck.fhir.FhirQuestionnaire.Item;
import app.backcheck.fhir.FhirQuestionnaire.Translation;
import app.backcheck.fhir.FhirQuestionnaire.Translations;
import app.backcheck.triage.Question;
import app.backcheck.triage.Questionnaire;
import app.backcheck.web.LanguageResolver;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * Builds the R4 Questionnaire from the questionnaire model: one item per question, its
 * linkId the contract's field name. A set of codes offers "NONE" as well, since FHIR has
 * no empty answer. Every question after the emergency signs is enabled only when no
 * emergency sign was given: one {@code !=} condition per sign, all of which must hold.
 */
final class QuestionnaireResource {

	private static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";

	private static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";

	private QuestionnaireResource() {
	}

	static FhirQuestionnaire of(FhirProperties fhir, MessageSourceAccessor messages) {
		List<Item> items = new ArrayList<>();
		for (Question question : Questionnaire.QUESTIONS) {
			items.add(item(question, fhir, messages));
		}
		return new FhirQuestionnaire("Questionnaire", "backcheck", LocaleContextHolder.getLocale().getLanguage(),
				fhir.questionnaireUrl(), Questionnaire.RULESET_VERSION, "BackCheck", messages.getMessage("start.title"),
				translations("start.title", messages), "active", items);
	}

	private static Item item(Question question, FhirProperties fhir, MessageSourceAccessor messages) {
		String field = question.field();
		boolean screen = field.equals(EMERGENCY_SIGNS);
		List<EnableWhen> enableWhen = screen ? null : afterTheScreen(fhir, messages);
		return new Item(field, messages.getMessage("question." + field), translations("question." + field, messages),
				type(question.kind()), true, (question.kind() == Question.Kind.ANY_OF) ? Boolean.TRUE : null,
				options(question, fhir, messages), enableWhen, screen ? null : "all", limits(question));
	}

	private static List<EnableWhen> afterTheScreen(FhirProperties fhir, MessageSourceAccessor messages) {
		Question screen = Questionnaire.question(EMERGENCY_SIGNS).orElseThrow();
		return screen.codes()
			.stream()
			.map((code) -> new EnableWhen(EMERGENCY_SIGNS, "!=", coding(screen, code, fhir, messages)))
			.toList();
	}

	private static List<AnswerOption> options(Question question, FhirProperties fhir, MessageSourceAccessor messages) {
		if (question.kind() != Question.Kind.ONE_OF && question.kind() != Question.Kind.ANY_OF) {
			return null;
		}
		List<AnswerOption> options = new ArrayList<>();
		question.codes().forEach((code) -> {
			String words = "question." + question.field() + "." + code;
			options.add(new AnswerOption(new Coding(fhir.codeSystem(question.field()), code, messages.getMessage(words),
					translations(words, messages))));
		});
		if (question.kind() == Question.Kind.ANY_OF) {
			options.add(new AnswerOption(new Coding(fhir.codeSystem(question.field()), Questionnaire.NONE,
					messages.getMessage("answer.none"), translations("answer.none", messages))));
		}
		return options;
	}

	static Coding coding(Question question, String code, FhirProperties fhir, MessageSourceAccessor messages) {
		return new Coding(fhir.codeSystem(question.field()), code,
				messages.getMessage("question." + question.field() + "." + code));
	}

	/** The message in each language other than the reader's. */
	private static Translations translations(String code, MessageSourceAccessor messages) {
		String reading = LocaleContextHolder.getLocale().getLanguage();
		return new Translations(LanguageResolver.LANGUAGES.stream()
			.filter((language) -> !language.getLanguage().equals(reading))
			.map((language) -> Translation.of(language.getLanguage(), messages.getMessage(code, language)))
			.toList());
	}

	private static List<Extension> limits(Question question) {
		if (question.kind() != Question.Kind.WHOLE_NUMBER) {
			return null;
		}
		return List.of(new Extension(MIN_VALUE, question.min()), new Extension(MAX_VALUE, question.max()));
	}

	static String type(Question.Kind kind) {
		return switch (kind) {
			case ONE_OF, ANY_OF -> "choice";
			case YES_NO -> "boolean";
			case WHOLE_NUMBER -> "integer";
		};
	}

}
