package app.backcheck.fhir;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.backcheck.fhir.FhirQuestionnaire.Coding;
import app.backcheck.triage.Question;
import app.backcheck.triage.Questionnaire;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * A completed R4 QuestionnaireResponse: an item for each question that was asked and
 * answered, never a default; a set answered "none of these" is the coding {@code NONE}.
 * {@code language} is the language of the answers' displays. Items carry no question
 * text: validators require it to match the Questionnaire's own, which a clinic may hold
 * in another language, and the linkId already names the question.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FhirQuestionnaireResponse(String resourceType, String language, String questionnaire, String status,
		String authored, List<Item> item) {

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Item(String linkId, List<Answer> answer) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Answer(Coding valueCoding, Boolean valueBoolean, Integer valueInteger) {
	}

	/**
	 * @param answers raw answers as the forms send them; questions not asked are absent
	 */
	public static FhirQuestionnaireResponse of(Map<String, List<String>> answers, Instant authored, FhirProperties fhir,
			MessageSourceAccessor messages) {
		List<Item> items = new ArrayList<>();
		Map<String, List<String>> asked = Questionnaire.asked(answers);
		for (Question question : Questionnaire.QUESTIONS) {
			List<String> values = asked.get(question.field());
			if (values != null) {
				items.add(new Item(question.field(), answers(question, values, fhir, messages)));
			}
		}
		return new FhirQuestionnaireResponse("QuestionnaireResponse", LocaleContextHolder.getLocale().getLanguage(),
				fhir.questionnaireUrl() + "|" + Questionnaire.RULESET_VERSION, "completed", authored.toString(), items);
	}

	private static List<Answer> answers(Question question, List<String> values, FhirProperties fhir,
			MessageSourceAccessor messages) {
		String value = values.isEmpty() ? null : values.get(0).strip();
		return switch (question.kind()) {
			case ANY_OF -> values.isEmpty()
					? List.of(new Answer(new Coding(fhir.codeSystem(question.field()), Questionnaire.NONE,
							messages.getMessage("answer.none")), null, null))
					: values.stream()
						.map((code) -> new Answer(QuestionnaireResource.coding(question, code, fhir, messages), null,
								null))
						.toList();
			case ONE_OF ->
				List.of(new Answer(QuestionnaireResource.coding(question, value, fhir, messages), null, null));
			case YES_NO -> List.of(new Answer(null, Boolean.valueOf(value), null));
			case WHOLE_NUMBER -> List.of(new Answer(null, null, Integer.valueOf(value)));
		};
	}

}
