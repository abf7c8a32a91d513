package app.backcheck.api;

import java.util.Arrays;
import java.util.List;

import app.backcheck.triage.Question;
import app.backcheck.triage.Questionnaire;
import app.backcheck.triage.Section;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.context.support.MessageSourceAccessor;

/**
 * The questionnaire as the pages ask it: sections in order, each question with its type,
 * codes and labels.
 */
record QuestionsResponse(String rulesetVersion, List<SectionResponse> sections) {

	record SectionResponse(String id, String title, List<QuestionResponse> questions) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record QuestionResponse(String field, String type, boolean required, String label, String hint, Integer minimum,
			Integer maximum, List<Option> options) {
	}

	record Option(String code, String label) {
	}

	static QuestionsResponse of(MessageSourceAccessor messages) {
		return new QuestionsResponse(Questionnaire.RULESET_VERSION, Arrays.stream(Section.values())
			.map((section) -> new SectionResponse(section.slug(),
					messages.getMessage("section." + section.slug() + ".title"),
					Questionnaire.in(section).stream().map((question) -> question(question, messages)).toList()))
			.toList());
	}

	private static QuestionResponse question(Question question, MessageSourceAccessor messages) {
		String key = "question." + question.field();
		boolean number = question.kind() == Question.Kind.WHOLE_NUMBER;
		boolean codes = question.kind() == Question.Kind.ONE_OF || question.kind() == Question.Kind.ANY_OF;
		return new QuestionResponse(question.field(), type(question.kind()), true, messages.getMessage(key),
				messages.getMessage(key + ".hint", (String) null), number ? question.min() : null,
				number ? question.max() : null, codes ? options(question, messages) : null);
	}

	private static List<Option> options(Question question, MessageSourceAccessor messages) {
		String prefix = "question." + question.field() + ".";
		return question.codes().stream().map((code) -> new Option(code, messages.getMessage(prefix + code))).toList();
	}

	/** JSON type names: one code, a set of codes, a boolean or an integer. */
	static String type(Question.Kind kind) {
		return switch (kind) {
			case ONE_OF -> "code";
			case ANY_OF -> "codes";
			case YES_NO -> "boolean";
			case WHOLE_NUMBER -> "integer";
		};
	}

}
