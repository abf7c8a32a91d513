package app.backcheck.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.backcheck.inbox.OrganisationRepository;
import app.backcheck.result.ShareTokens;
import app.backcheck.triage.Question;
import app.backcheck.triage.Questionnaire;
import app.backcheck.web.ErrorMessages;
import app.backcheck.web.LanguageResolver;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The R4 Questionnaire and its invariants, checked on the JSON a clinic's system
 * receives.
 */
@WebMvcTest(FhirController.class)
@TestPropertySource(properties = "backcheck.fhir.canonical-base=https://clinic.example/fhir")
@Import({ LanguageResolver.class, ShareTokens.class, ErrorMessages.class })
class FhirQuestionnaireTests {

	/**
	 * Every page may carry an organisation's code; these tests start checks from none.
	 */
	@MockitoBean
	private OrganisationRepository organisations;

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private MockMvcTester mvc;

	@Test
	void questionnaireShouldBeAnR4QuestionnaireOfTheCurrentRuleset() {
		assertThat(this.mvc.get().uri("/fhir/Questionnaire/backcheck")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.parseMediaType("application/fhir+json"))
			.bodyJson()
			.satisfies((body) -> {
				assertThat(body).extractingPath("$.resourceType").isEqualTo("Questionnaire");
				assertThat(body).extractingPath("$.url")
					.isEqualTo("https://clinic.example/fhir/Questionnaire/backcheck");
				assertThat(body).extractingPath("$.version").isEqualTo(Questionnaire.RULESET_VERSION);
				assertThat(body).extractingPath("$.status").isEqualTo("active");
				assertThat(body).extractingPath("$.title").isEqualTo("Check your lower back pain");
				assertThat(body).extractingPath("$.language").isEqualTo("en");
			});
	}

	@Test
	void questionnaireInSpanishShouldHaveSpanishTextsAndTheSameLinkIdsAndCodesAndEachShouldCarryTheOther() {
		JsonNode english = json.readTree(
				this.mvc.get().uri("/fhir/Questionnaire/backcheck").exchange().getResponse().getContentAsByteArray());
		JsonNode spanish = json.readTree(this.mvc.get()
			.uri("/fhir/Questionnaire/backcheck")
			.header("Accept-Language", "es")
			.exchange()
			.getResponse()
			.getContentAsByteArray());
		assertThat(spanish.at("/language").asString()).isEqualTo("es");
		assertThat(spanish.at("/title").asString()).isEqualTo("Revise su dolor en la parte baja de la espalda");
		assertThat(spanish.at("/item/0/text").asString())
			.isEqualTo("¿Tiene alguna de estas señales que necesitan ayuda inmediata?");
		assertThat(spanish.at("/item/0/answerOption/5/valueCoding/display").asString()).isEqualTo("Dolor en el pecho");
		assertThat(spanish.findValues("linkId")).isEqualTo(english.findValues("linkId"));
		assertThat(spanish.findValues("code")).isEqualTo(english.findValues("code"));
		assertThat(spanish.findValues("system")).isEqualTo(english.findValues("system"));
		assertThat(spanish.findValues("display")).hasSameSizeAs(english.findValues("display"))
			.isNotEqualTo(english.findValues("display"));
		// Each copy carries the other language in FHIR's translation extension
		String translation = "http://hl7.org/fhir/StructureDefinition/translation";
		assertThat(english.at("/item/0/_text/extension/0/url").asString()).isEqualTo(translation);
		assertThat(english.at("/item/0/_text/extension/0/extension/0/valueCode").asString()).isEqualTo("es");
		assertThat(english.at("/item/0/_text/extension/0/extension/1/valueString").asString())
			.isEqualTo(spanish.at("/item/0/text").asString());
		assertThat(english.at("/item/0/answerOption/5/valueCoding/_display/extension/0/extension/1/valueString")
			.asString()).isEqualTo("Dolor en el pecho");
		assertThat(spanish.at("/_title/extension/0/extension/0/valueCode").asString()).isEqualTo("en");
		assertThat(spanish.at("/_title/extension/0/extension/1/valueString").asString())
			.isEqualTo("Check your lower back pain");
	}

	@Test
	@SuppressWarnings("unchecked")
	void itemsShouldKeepTheR4Invariants() {
		Map<String, Object> questionnaire = json.readValue(
				this.mvc.get().uri("/fhir/Questionnaire/backcheck").exchange().getResponse().getContentAsByteArray(),
				Map.class);
		List<Map<String, Object>> items = (List<Map<String, Object>>) questionnaire.get("item");
		assertThat(items).extracting((item) -> item.get("linkId"))
			.containsExactlyElementsOf(Questionnaire.QUESTIONS.stream().map(Question::field).toList())
			.doesNotHaveDuplicates();
		Set<String> linkIds = new HashSet<>();
		for (Map<String, Object> item : items) {
			String linkId = (String) item.get("linkId");
			Question question = Questionnaire.question(linkId).orElseThrow();
			assertThat(item.get("required")).as(linkId).isEqualTo(true);
			assertThat((String) item.get("text")).as(linkId).isNotBlank();
			assertThat(item.get("type")).as(linkId).isEqualTo(switch (question.kind()) {
				case ONE_OF, ANY_OF -> "choice";
				case YES_NO -> "boolean";
				case WHOLE_NUMBER -> "integer";
			});
			assertThat(item.get("repeats")).as(linkId).isEqualTo(question.kind() == Question.Kind.ANY_OF ? true : null);
			List<Map<String, Object>> options = (List<Map<String, Object>>) item.get("answerOption");
			if (item.get("type").equals("choice")) {
				List<String> codes = options.stream()
					.map((option) -> (String) ((Map<String, Object>) option.get("valueCoding")).get("code"))
					.toList();
				assertThat(codes).as(linkId)
					.startsWith(question.codes().toArray(String[]::new))
					.doesNotHaveDuplicates();
				assertThat(options).as(linkId).allSatisfy((option) -> {
					Map<String, Object> coding = (Map<String, Object>) option.get("valueCoding");
					assertThat(coding.get("system")).isEqualTo("https://clinic.example/fhir/CodeSystem/" + linkId);
					assertThat((String) coding.get("display")).isNotBlank();
				});
			}
			else {
				assertThat(options).as(linkId).isNull();
			}
			List<Map<String, Object>> enableWhen = (List<Map<String, Object>>) item.get("enableWhen");
			if (linkId.equals("emergencySigns")) {
				assertThat(enableWhen).isNull();
			}
			else {
				assertThat(enableWhen).as(linkId)
					.hasSize(Questionnaire.question("emergencySigns").orElseThrow().codes().size())
					.allSatisfy((condition) -> {
						assertThat(linkIds).as("conditions refer to earlier items")
							.contains((String) condition.get("question"));
						assertThat(condition.get("operator")).isEqualTo("!=");
						assertThat(Questionnaire.question("emergencySigns").orElseThrow().codes())
							.contains((String) ((Map<String, Object>) condition.get("answerCoding")).get("code"));
					});
				assertThat(item.get("enableBehavior")).as("several conditions need enableBehavior").isEqualTo("all");
			}
			if (question.kind() == Question.Kind.WHOLE_NUMBER) {
				assertThat((List<Map<String, Object>>) item.get("extension"))
					.extracting((extension) -> extension.get("valueInteger"))
					.containsExactly(question.min(), question.max());
			}
			linkIds.add(linkId);
		}
	}

}
