package app.backcheck.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

import app.backcheck.Pages;
import app.backcheck.result.ShareTokens;
import app.backcheck.result.SharedCheck;
import app.backcheck.triage.Question;
import app.backcheck.triage.Questionnaire;
import app.backcheck.triage.TestAnswers;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Clinics' systems send R4 QuestionnaireResponses: the same answers give the same
 * assessment as BackCheck's own JSON, responses keep the R4 invariants, and bad responses
 * get problem details naming the item.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FhirResponseTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final MediaType FHIR = MediaType.parseMediaType("application/fhir+json");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private FhirProperties fhir;

	@Autowired
	private MessageSource messageSource;

	@Autowired
	private ShareTokens tokens;

	@Test
	@SuppressWarnings("unchecked")
	void aQuestionnaireResponseShouldGetTheSameAssessmentAsTheSameAnswersInJson() {
		Random random = new Random(7);
		for (int i = 0; i < 40; i++) {
			TestAnswers answers = randomAnswers(random);
			Map<String, Object> viaJson = json.readValue(this.mvc.post()
				.uri("/api/v1/assessments")
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(answers.json()))
				.exchange()
				.getResponse()
				.getContentAsByteArray(), Map.class);
			Map<String, Object> viaFhir = json.readValue(this.mvc.post()
				.uri("/api/v1/assessments")
				.contentType(FHIR)
				.content(json.writeValueAsString(response(answers.raw())))
				.exchange()
				.getResponse()
				.getContentAsByteArray(), Map.class);
			viaJson.remove("resultUrl");
			viaFhir.remove("resultUrl");
			assertThat(viaFhir).as(answers.toString()).isEqualTo(viaJson);
		}
	}

	@Test
	void aResponseAfterAnEmergencySignShouldAnswerOnlyTheSigns() {
		FhirQuestionnaireResponse response = response(TestAnswers.baseline().with("emergencySigns", "BOTH_LEGS").raw());
		assertThat(response.item()).extracting(FhirQuestionnaireResponse.Item::linkId)
			.containsExactly("emergencySigns");
	}

	@Test
	void aResponseShouldKeepTheR4Invariants() {
		Map<String, List<String>> answers = TestAnswers.baseline()
			.with("worseWhen=ARCHING_BACK, AS_RUN_GOES_ON; warningSigns=; severity=7")
			.raw();
		FhirQuestionnaireResponse response = response(answers);
		assertThat(response.resourceType()).isEqualTo("QuestionnaireResponse");
		assertThat(response.status()).isEqualTo("completed");
		assertThat(response.questionnaire())
			.isEqualTo(this.fhir.questionnaireUrl() + "|" + Questionnaire.RULESET_VERSION);
		assertThat(response.item()).extracting(FhirQuestionnaireResponse.Item::linkId)
			.containsExactlyElementsOf(Questionnaire.QUESTIONS.stream().map(Question::field).toList());
		for (FhirQuestionnaireResponse.Item item : response.item()) {
			Question question = Questionnaire.question(item.linkId()).orElseThrow();
			for (FhirQuestionnaireResponse.Answer answer : item.answer()) {
				if (question.kind() == Question.Kind.ONE_OF || question.kind() == Question.Kind.ANY_OF) {
					assertThat(answer.valueCoding().system()).isEqualTo(this.fhir.codeSystem(item.linkId()));
					assertThat(question.codes()).as(item.linkId())
						.contains(answer.valueCoding().code().equals("NONE") ? question.codes().get(0)
								: answer.valueCoding().code());
				}
			}
		}
		assertThat(response.item()
			.stream()
			.filter((item) -> item.linkId().equals("warningSigns"))
			.findFirst()
			.orElseThrow()
			.answer()).extracting((answer) -> answer.valueCoding().code()).containsExactly("NONE");
	}

	@Test
	void anEmergencyStopShouldAnswerOnlyTheScreenAndGetEmergencyWithoutCauses() {
		FhirQuestionnaireResponse stop = response(Map.of("emergencySigns", List.of("CHEST_PAIN")));
		assertThat(stop.item()).hasSize(1);
		assertThat(this.mvc.post().uri("/api/v1/assessments").contentType(FHIR).content(json.writeValueAsString(stop)))
			.hasStatusOk()
			.bodyJson()
			.satisfies((body) -> {
				assertThat(body).extractingPath("$.urgency").isEqualTo("EMERGENCY");
				assertThat(body).extractingPath("$.urgencyReasons[0].code").isEqualTo("EMERGENCY_CHEST_PAIN");
				assertThat(body).extractingPath("$.causes").asArray().isEmpty();
			});
	}

	@Test
	void answersAfterAnEmergencySignShouldNotStandInTheWayOfTheEmergency() {
		// Every question answered, then an emergency sign given: BackCheck itself never
		// makes such a response
		JsonNode everyAnswer = json.valueToTree(response(TestAnswers.baseline().raw()));
		((ObjectNode) everyAnswer.at("/item/0/answer/0/valueCoding")).put("code", "BOTH_LEGS");
		assertThat(this.mvc.post().uri("/api/v1/assessments").contentType(FHIR).content(everyAnswer.toString()))
			.hasStatusOk()
			.bodyJson()
			.satisfies((body) -> {
				assertThat(body).extractingPath("$.urgency").isEqualTo("EMERGENCY");
				assertThat(body).extractingPath("$.urgencyReasons[*].code")
					.asArray()
					.containsExactly("EMERGENCY_BOTH_LEGS");
			});
	}

	@Test
	void badResponsesShouldGetProblemDetailsNamingTheItem() {
		String base = json.writeValueAsString(response(TestAnswers.baseline().raw()));
		assertProblem(base.replace("\"linkId\":\"cramps\"", "\"linkId\":\"shoeSize\""), "cramps", "MISSING");
		assertProblem(base.replace("\"linkId\":\"cramps\"", "\"linkId\":\"shoeSize\""), "shoeSize", "UNKNOWN_FIELD");
		assertProblem(base.replace("\"valueBoolean\":false", "\"valueString\":\"no\""), "stopsDailyActivities",
				"WRONG_TYPE");
		assertProblem(base.replace("\"code\":\"ALL_OVER\"", "\"code\":\"KNEE\""), "painLocation", "UNKNOWN_CODE");
		assertProblem(base.replace("\"valueInteger\":35", "\"valueInteger\":350"), "age", "OUT_OF_RANGE");
		assertProblem(base.replace("QuestionnaireResponse", "Patient"), "resourceType", "WRONG_TYPE");
		assertProblem("[1]", "resourceType", "WRONG_TYPE");
	}

	@Test
	void aResultShouldDownloadAsAQuestionnaireResponseWithTheAssessmentNextToIt() {
		MockMvcTester.MockMvcRequestBuilder post = Pages.post(this.mvc, "/check/result",
				TestAnswers.baseline().with("severity", "9"));
		String link = Pages.page(this.mvc, post).select("a[download]").attr("href");
		assertThat(link).matches("/api/v1/results/[A-Za-z0-9_-]+");
		assertThat(this.mvc.get().uri(link)).hasStatusOk()
			.hasHeader("Content-Disposition",
					"attachment; filename=\"backcheck-"
							+ ShareTokens.reference(link.substring("/api/v1/results/".length())) + ".json\"")
			.bodyJson()
			.satisfies((body) -> {
				assertThat(body).extractingPath("$.questionnaireResponse.resourceType")
					.isEqualTo("QuestionnaireResponse");
				assertThat(body).extractingPath("$.questionnaireResponse.status").isEqualTo("completed");
				assertThat(body).extractingPath("$.questionnaireResponse.item").asArray().hasSize(25);
				assertThat(body).extractingPath("$.assessment.urgency").isEqualTo("SEE_DOCTOR");
				assertThat(body).extractingPath("$.assessment.causes").asArray().hasSize(4);
			});
		assertThat(this.mvc.get().uri("/api/v1/results/not-a-token")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void anEmergencyStopShouldDownloadOnlyTheQuestionAsked() {
		String token = this.tokens
			.seal(new SharedCheck(Map.of("emergencySigns", List.of("SADDLE_NUMBNESS")), Instant.now()));
		assertThat(this.mvc.get().uri("/api/v1/results/" + token)).hasStatusOk().bodyJson().satisfies((body) -> {
			assertThat(body).extractingPath("$.questionnaireResponse.item").asArray().hasSize(1);
			assertThat(body).extractingPath("$.assessment.urgency").isEqualTo("EMERGENCY");
		});
	}

	private void assertProblem(String body, String field, String problem) {
		assertThat(this.mvc.post().uri("/api/v1/assessments").contentType(FHIR).content(body))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyText()
			.contains("{\"field\":\"" + field + "\",\"problem\":\"" + problem + "\"");
	}

	private FhirQuestionnaireResponse response(Map<String, List<String>> answers) {
		return FhirQuestionnaireResponse.of(answers, Instant.parse("2026-11-25T10:00:00Z"), this.fhir,
				new MessageSourceAccessor(this.messageSource));
	}

	private static TestAnswers randomAnswers(Random random) {
		TestAnswers answers = TestAnswers.baseline();
		for (Question question : Questionnaire.QUESTIONS) {
			if (question.field().equals("emergencySigns")) {
				continue;
			}
			String[] values = switch (question.kind()) {
				case ANY_OF ->
					question.codes().stream().filter((code) -> random.nextInt(4) == 0).toArray(String[]::new);
				case ONE_OF, YES_NO -> new String[] { question.codes().get(random.nextInt(question.codes().size())) };
				case WHOLE_NUMBER -> new String[] {
						String.valueOf(question.min() + random.nextInt(question.max() - question.min() + 1)) };
			};
			answers = answers.with(question.field(), values);
		}
		return answers;
	}

}
