package app.backcheck.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import app.backcheck.triage.TestAnswers;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The resources BackCheck makes pass HAPI FHIR's R4 validator (used in tests only): the
 * Questionnaire against the R4 specification, and downloaded QuestionnaireResponses
 * against that Questionnaire, in English and in Spanish.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirValidationTests {

	private static final FhirContext R4 = FhirContext.forR4();

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private MockMvcTester mvc;

	private String questionnaire;

	private FhirValidator validator;

	@BeforeAll
	@SuppressWarnings("unchecked")
	void makeAValidatorThatKnowsTheQuestionnaire() {
		this.questionnaire = get("/fhir/Questionnaire/backcheck", "en");
		Questionnaire parsed = R4.newJsonParser().parseResource(Questionnaire.class, this.questionnaire);
		// A response names its questionnaire as url|version: the validator asks for it by
		// that canonical
		IValidationSupport backcheck = new IValidationSupport() {

			@Override
			public FhirContext getFhirContext() {
				return R4;
			}

			@Override
			public <T extends IBaseResource> T fetchResource(Class<T> type, String canonical) {
				boolean ours = (canonical != null) && canonical.equals(parsed.getUrl() + "|" + parsed.getVersion())
						|| parsed.getUrl().equals(canonical);
				return (ours && (type == null || type.isInstance(parsed))) ? (T) parsed : null;
			}

		};
		ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(R4),
				new CommonCodeSystemsTerminologyService(R4), new InMemoryTerminologyServerValidationSupport(R4),
				new SnapshotGeneratingValidationSupport(R4), backcheck);
		this.validator = R4.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
	}

	@Test
	void theQuestionnaireShouldBeValidR4InEveryLanguage() {
		assertThat(errors(this.questionnaire)).isEmpty();
		assertThat(errors(get("/fhir/Questionnaire/backcheck", "es"))).isEmpty();
	}

	@Test
	void downloadedResponsesShouldBeValidAgainstTheQuestionnaire() {
		for (TestAnswers answers : List.of(TestAnswers.baseline().with("worseWhen=ARCHING_BACK, AS_RUN_GOES_ON"),
				TestAnswers.baseline().with("warningSigns=FEVER; worseWhen=; severity=9"),
				TestAnswers.baseline().with("emergencySigns", "BOTH_LEGS"))) {
			for (String language : List.of("en", "es")) {
				String response = download(answers, language).get("questionnaireResponse").toString();
				assertThat(errors(response)).as("%s in %s", answers, language).isEmpty();
			}
		}
	}

	@Test
	void theValidatorShouldFindWhatIsWrongInABrokenResponse() {
		JsonNode download = download(TestAnswers.baseline(), "en").get("questionnaireResponse");
		String broken = download.toString().replace("\"completed\"", "\"done\"");
		assertThat(errors(broken)).isNotEmpty();
	}

	private List<String> errors(String resource) {
		return this.validator.validateWithResult(resource)
			.getMessages()
			.stream()
			.filter((message) -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
			.map(SingleValidationMessage::toString)
			.toList();
	}

	private JsonNode download(TestAnswers answers, String language) {
		JsonNode assessment = json.readTree(this.mvc.post()
			.uri("/api/v1/assessments")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(answers.json()))
			.exchange()
			.getResponse()
			.getContentAsByteArray());
		return json.readTree(get("/api/v1" + assessment.get("resultUrl").asString(), language));
	}

	private String get(String path, String language) {
		return new String(this.mvc.get()
			.uri(path)
			.header("Accept-Language", language)
			.exchange()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
