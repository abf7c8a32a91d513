package app.backcheck.fhir;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The parts of an R4 Questionnaire that BackCheck fills in. {@code language} is the
 * language of its texts; the title, each question's text and each option's display also
 * carry the other languages in FHIR's translation extension ({@code _title},
 * {@code _text}, {@code _display}), so that one copy serves readers of every language.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FhirQuestionnaire(String resourceType, String id, String language, String url, String version,
		String name, String title, @JsonProperty("_title") Translations titleTranslations, String status,
		List<Item> item) {

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Item(String linkId, String text, @JsonProperty("_text") Translations textTranslations, String type,
			Boolean required, Boolean repeats, List<AnswerOption> answerOption, List<EnableWhen> enableWhen,
			String enableBehavior, List<Extension> extension) {
	}

	/** The extensions of a text: one translation per other language. */
	record Translations(List<Translation> extension) {
	}

	record Translation(String url, List<TranslationPart> extension) {

		static final String URL = "http://hl7.org/fhir/StructureDefinition/translation";

		static Translation of(String language, String content) {
			return new Translation(URL, List.of(new TranslationPart("lang", language, null),
					new TranslationPart("content", null, content)));
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record TranslationPart(String url, String valueCode, String valueString) {
	}

	record AnswerOption(Coding valueCoding) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Coding(String system, String code, String display,
			@JsonProperty("_display") Translations displayTranslations) {

		public Coding(String system, String code, String display) {
			this(system, code, display, null);
		}

	}

	record EnableWhen(String question, String operator, Coding answerCoding) {
	}

	record Extension(String url, Integer valueInteger) {
	}

}
