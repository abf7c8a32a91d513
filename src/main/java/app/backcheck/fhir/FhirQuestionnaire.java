package app.backcheck.fhir;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The parts of an R4 Questionnaire that BackCheck fills in. {@code language} is the language of its texts.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FhirQuestionnaire(String resourceType, String id, String language, String url, String version, String name, String title,
		String status, List<Item> item) {

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Item(String linkId, String text, String type, Boolean required, Boolean repeats,
			List<AnswerOption> answerOption, List<EnableWhen> enableWhen, String enableBehavior,
			List<Extension> extension) {
	}

	record AnswerOption(Coding valueCoding) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Coding(String system, String code, String display) {
	}

	record EnableWhen(String question, String operator, Coding answerCoding) {
	}

	record Extension(String url, Integer valueInteger) {
	}

}
