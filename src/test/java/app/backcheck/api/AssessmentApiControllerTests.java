package app.backcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import app.backcheck.inbox.OrganisationRepository;
import app.backcheck.result.Results;
import app.backcheck.result.ShareTokens;
import app.backcheck.triage.Questionnaire;
import app.backcheck.triage.TestAnswers;
import app.backcheck.triage.TriageService;
import app.backcheck.web.ErrorMessages;
import app.backcheck.web.JsonConfiguration;
import app.backcheck.web.LanguageResolver;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@WebMvcTest(AssessmentApiController.class)
@Import({ TriageService.class, JsonConfiguration.class, Results.class, ShareTokens.class, ErrorMessages.class,
		LanguageResolver.class })
class AssessmentApiControllerTests {

	/**
	 * Every page may carry an organisation's code; these tests start checks from none.
	 */
	@MockitoBean
	private OrganisationRepository organisations;

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private MockMvcTester mvc;

	@Test
	void assessShouldReturnTheUrgencyReasonsAndAllFourCausesRanked() {
		assertThat(assess(body(TestAnswers.baseline()
			.with("severity=8; archedBack=YES; tenderKnot=true; " + "cramps=LATE_IN_LONG_RUNS")))).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.satisfies((body) -> {
				assertThat(body).extractingPath("$.rulesetVersion").isEqualTo("2.0.0");
				assertThat(body).extractingPath("$.urgency").isEqualTo("SEE_DOCTOR");
				assertThat(body).extractingPath("$.seeDoctor").isEqualTo(true);
				assertThat(body).extractingPath("$.urgencyReasons[0].code").isEqualTo("SEE_DOCTOR_SEVERE_PAIN");
				assertThat(body).extractingPath("$.urgencyReasons[0].text")
					.isEqualTo("The pain is severe: 8 or more out of 10");
				assertThat(body).extractingPath("$.causes[*].cause")
					.asArray()
					.containsExactly("MYOFASCIAL_TRIGGER_POINTS", "FACET_JOINT_IRRITATION",
							"SACROILIAC_JOINT_DYSFUNCTION", "WEAK_MUSCLES");
				assertThat(body).extractingPath("$.causes[0].likelihood").isEqualTo("LIKELY");
				assertThat(body).extractingPath("$.causes[0].score").isEqualTo(6);
				assertThat(body).extractingPath("$.causes[0].reasons[*].code")
					.asArray()
					.containsExactly("TRIGGER_CRAMPS_LATE_IN_LONG_RUNS", "TRIGGER_TENDER_KNOT");
				assertThat(body).extractingPath("$.causes[0].advice").asArray().hasSize(3);
				assertThat(body).extractingPath("$.advice").asArray().isNotEmpty();
				assertThat(body).extractingPath("$.safetyNet")
					.asArray()
					.contains("See a doctor if it is not better in a few weeks.");
				assertThat(body).extractingPath("$.disclaimer").asString().contains("not a diagnosis");
				assertThat(body).extractingPath("$.resultUrl").asString().matches("/results/[A-Za-z0-9_-]+");
			});
	}

	@Test
	void assessWhenAnEmergencySignIsSentShouldReturnEmergencyAndNothingThatCompetes() {
		assertThat(assess(body(TestAnswers.baseline().with("emergencySigns", "SADDLE_NUMBNESS")))).hasStatusOk()
			.bodyJson()
			.satisfies((body) -> {
				assertThat(body).extractingPath("$.urgency").isEqualTo("EMERGENCY");
				assertThat(body).extractingPath("$.stopRunning").isEqualTo(true);
				assertThat(body).extractingPath("$.urgencyReasons[*].code")
					.asArray()
					.containsExactly("EMERGENCY_SADDLE_NUMBNESS");
				assertThat(body).extractingPath("$.causes").asArray().isEmpty();
				assertThat(body).extractingPath("$.advice").asArray().isEmpty();
				assertThat(body).extractingPath("$.action")
					.asString()
					.startsWith("Go to a hospital emergency department");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"emergencySigns\":[\"BLADDER_OR_BOWEL_CHANGE\"]}",
			"{\"emergencySigns\":[\"BLADDER_OR_BOWEL_CHANGE\"],\"age\":500,\"severity\":\"x\"}" })
	void assessWhenOnlyAnEmergencySignIsSentShouldAnswerEmergencyWhateverElseIsMissing(String content) {
		assertThat(assess(content)).hasStatusOk().bodyJson().satisfies((body) -> {
			assertThat(body).extractingPath("$.urgency").isEqualTo("EMERGENCY");
			assertThat(body).extractingPath("$.urgencyReasons[0].code").isEqualTo("EMERGENCY_BLADDER_OR_BOWEL_CHANGE");
			assertThat(body).extractingPath("$.notAsked")
				.asArray()
				.contains("warningSigns", "legPain", "boneStressRisks")
				.doesNotContain("emergencySigns");
		});
	}

	@Test
	void assessWhenPainGoesDownBothLegsShouldAnswerEmergencyFromThatAlone() {
		assertThat(assess("{\"legPain\":\"BOTH_LEGS\"}")).hasStatusOk().bodyJson().satisfies((body) -> {
			assertThat(body).extractingPath("$.urgency").isEqualTo("EMERGENCY");
			assertThat(body).extractingPath("$.urgencyReasons[0].code").isEqualTo("EMERGENCY_PAIN_IN_BOTH_LEGS");
		});
	}

	@Test
	void assessWhenAFirstVersionClientLeavesOutTheNewQuestionsShouldAssessAndListThem() {
		TestAnswers firstVersion = TestAnswers.baseline().with("age", "60");
		for (String field : List.of("previousEpisodes", "impactPain", "boneTenderSpot", "groinPain",
				"boneStressRisks")) {
			firstVersion = firstVersion.without(field);
		}
		assertThat(assess(body(firstVersion))).hasStatusOk().bodyJson().satisfies((body) -> {
			// An absent previousEpisodes counts as NOT_SURE: new pain from 50 is still
			// called
			assertThat(body).extractingPath("$.urgency").isEqualTo("SEE_DOCTOR");
			assertThat(body).extractingPath("$.urgencyReasons[*].code")
				.asArray()
				.containsExactly("SEE_DOCTOR_NEW_PAIN_FROM_50");
			assertThat(body).extractingPath("$.stopRunning").isEqualTo(false);
			assertThat(body).extractingPath("$.notAsked")
				.asArray()
				.containsExactly("previousEpisodes", "impactPain", "boneTenderSpot", "groinPain", "boneStressRisks");
		});
		assertThat(assess(body(TestAnswers.baseline()))).hasStatusOk()
			.bodyJson()
			.satisfies((body) -> assertThat(body).extractingPath("$.notAsked").asArray().isEmpty());
	}

	@Test
	void assessWhenAStressFractureIsLikelyShouldSayStopRunningWithinAFewDays() {
		assertThat(assess(body(TestAnswers.baseline().with("impactPain=YES; painLocation=LOWER_ONE_SIDE"))))
			.hasStatusOk()
			.bodyJson()
			.satisfies((body) -> {
				assertThat(body).extractingPath("$.urgency").isEqualTo("SEE_DOCTOR");
				assertThat(body).extractingPath("$.stopRunning").isEqualTo(true);
				assertThat(body).extractingPath("$.action")
					.asString()
					.isEqualTo("Stop running until a doctor or physiotherapist has checked you. "
							+ "Book an appointment within a few days.");
				assertThat(body).extractingPath("$.causesNote").asString().contains("ruled out a stress fracture");
				assertThat(body).extractingPath("$.causes[0].advice").asArray().isEmpty();
			});
	}

	@Test
	void assessWhenANewQuestionIsSentEmptyOrWrongShouldStillRefuseIt() {
		assertThat(assess(body(TestAnswers.baseline().with("impactPain", "MAYBE")))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.satisfies((body) -> assertThat(body).extractingPath("$.errors[0].field").isEqualTo("impactPain"));
		Map<String, Object> answers = TestAnswers.baseline().json();
		answers.put("groinPain", "yes");
		assertThat(assess(json.writeValueAsString(answers))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.satisfies((body) -> assertThat(body).extractingPath("$.errors[0].problem").isEqualTo("WRONG_TYPE"));
	}

	@Test
	void assessWhenFieldsAreMissingShouldNameEachOne() {
		Map<String, Object> answers = TestAnswers.baseline().without("age").without("worseWhen").json();
		assertThat(assess(json.writeValueAsString(answers))).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies((body) -> {
				assertThat(body).extractingPath("$.status").isEqualTo(400);
				assertThat(body).extractingPath("$.title").isEqualTo("Invalid answers");
				assertThat(body).extractingPath("$.errors[*].field").asArray().containsExactly("worseWhen", "age");
				assertThat(body).extractingPath("$.errors[*].problem").asArray().containsOnly("MISSING");
				assertThat(body).extractingPath("$.errors[1].minimum").isEqualTo(5);
				assertThat(body).extractingPath("$.errors[1].maximum").isEqualTo(110);
			});
	}

	@Test
	void assessWhenCodesAreUnknownShouldListTheAllowedValues() {
		Map<String, Object> answers = TestAnswers.baseline().json();
		answers.put("painLocation", "KNEE");
		answers.put("warningSigns", List.of("FEVER", "HICCUPS"));
		assertThat(assess(json.writeValueAsString(answers))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.satisfies((body) -> {
				assertThat(body).extractingPath("$.errors[*].field")
					.asArray()
					.containsExactly("warningSigns", "painLocation");
				assertThat(body).extractingPath("$.errors[1].problem").isEqualTo("UNKNOWN_CODE");
				assertThat(body).extractingPath("$.errors[1].allowedValues")
					.asArray()
					.containsExactly("LOWER_MIDDLE", "LOWER_ONE_SIDE", "UPPER_BACK", "ALL_OVER");
			});
	}

	@Test
	void assessWhenValuesHaveTheWrongTypeOrRangeShouldNameEachField() {
		Map<String, Object> answers = TestAnswers.baseline().json();
		answers.put("severity", "5");
		answers.put("age", 12.5);
		answers.put("tenderKnot", "yes");
		answers.put("worseWhen", "ARCHING_BACK");
		answers.put("onset", null);
		answers.put("longestRun", 3);
		answers.put("emergencySigns", List.of(1));
		answers.put("drinking", List.of("RARELY"));
		answers.put("cramps", Map.of("a", "b"));
		answers.put("recentIncrease", 1);
		assertThat(assess(json.writeValueAsString(answers))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.satisfies((body) -> assertThat(problems(body.getJson())).containsExactly("emergencySigns:WRONG_TYPE",
					"severity:WRONG_TYPE", "onset:MISSING", "worseWhen:WRONG_TYPE", "age:NOT_A_WHOLE_NUMBER",
					"longestRun:WRONG_TYPE", "recentIncrease:WRONG_TYPE", "cramps:WRONG_TYPE", "tenderKnot:WRONG_TYPE",
					"drinking:WRONG_TYPE"));
	}

	@Test
	void assessWhenNumbersAreOutOfRangeShouldSaySo() {
		Map<String, Object> answers = TestAnswers.baseline().json();
		answers.put("severity", 11);
		answers.put("age", 99999999999L);
		assertThat(assess(json.writeValueAsString(answers))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.satisfies((body) -> assertThat(problems(body.getJson())).containsExactly("severity:OUT_OF_RANGE",
					"age:OUT_OF_RANGE"));
	}

	@Test
	void assessWhenAFieldIsUnknownShouldNameIt() {
		Map<String, Object> answers = TestAnswers.baseline().json();
		answers.put("favouriteShoe", "fast");
		assertThat(assess(json.writeValueAsString(answers))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.satisfies((body) -> assertThat(problems(body.getJson())).containsExactly("favouriteShoe:UNKNOWN_FIELD"));
	}

	@Test
	void assessWhenTheBodyIsMalformedOrNotAnObjectShouldAnswerProblemDetails() {
		for (String malformed : List.of("{\"age\":", "not json", "{\"age\": 30, \"age\": 31}", "")) {
			assertThat(assess(malformed)).hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.extractingPath("$.title")
				.isEqualTo("Malformed JSON");
		}
		assertThat(assess("[1, 2]")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.satisfies((body) -> assertThat(problems(body.getJson())).containsExactly("$:WRONG_TYPE"));
	}

	@Test
	void assessWhenTheContentTypeIsNotJsonShouldBeUnsupported() {
		assertThat(this.mvc.post().uri("/api/v1/assessments").contentType(MediaType.TEXT_PLAIN).content("x"))
			.hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
	}

	@Test
	void questionnaireShouldListEverySectionAndQuestionWithCodesAndLabels() {
		assertThat(this.mvc.get().uri("/api/v1/questionnaire")).hasStatusOk().bodyJson().satisfies((body) -> {
			assertThat(body).extractingPath("$.rulesetVersion").isEqualTo("2.0.0");
			assertThat(body).extractingPath("$.sections[*].id")
				.asArray()
				.containsExactly("emergency-signs", "warning-signs", "where-it-hurts", "how-it-started", "bone-stress",
						"your-running", "training-habits");
			assertThat(body).extractingPath("$.sections[*].questions[*].field").asArray().hasSize(25);
			assertThat(body).extractingPath("$.sections[0].questions[0].type").isEqualTo("codes");
			assertThat(body).extractingPath("$.sections[0].questions[0].options[0].code").isEqualTo("SADDLE_NUMBNESS");
			assertThat(body).extractingPath("$.sections[2].questions[0].label").isEqualTo("Where is the pain?");
			assertThat(body).extractingPath("$.sections[2].questions[2].field").isEqualTo("severity");
			assertThat(body).extractingPath("$.sections[2].questions[2].type").isEqualTo("integer");
			assertThat(body).extractingPath("$.sections[2].questions[2].minimum").isEqualTo(0);
			assertThat(body).extractingPath("$.sections[2].questions[3].type").isEqualTo("boolean");
		});
	}

	@Test
	void assessInSpanishShouldTranslateEveryTextAndKeepEveryCode() {
		String body = body(TestAnswers.baseline().with("severity=8; archedBack=YES; tenderKnot=true"));
		JsonNode english = json(assess(body));
		JsonNode spanish = json(assess(body).header("Accept-Language", "es-MX,es;q=0.9"));
		assertThat(withoutWords(spanish)).isEqualTo(withoutWords(english));
		assertThat(spanish.at("/urgency").asString()).isEqualTo("SEE_DOCTOR");
		assertThat(spanish.at("/urgencyReasons/0/text").asString()).isEqualTo("El dolor es fuerte: 8 o más de 10");
		assertThat(spanish.at("/safetyNet/3").asString())
			.isEqualTo("Vaya al médico si no ha mejorado al cabo de unas semanas.");
		assertThat(spanish.at("/disclaimer").asString()).contains("no es un diagnóstico");
	}

	@Test
	void problemsInSpanishShouldNameTheSameFieldsAndProblemsInSpanishWords() {
		String body = body(TestAnswers.baseline().without("worseWhen").with("age", "200"));
		JsonNode english = json(assess(body));
		JsonNode spanish = json(assess(body).header("Accept-Language", "es"));
		assertThat(withoutWords(spanish)).isEqualTo(withoutWords(english));
		assertThat(spanish.at("/title").asString()).isEqualTo("Respuestas no válidas");
		assertThat(spanish.at("/errors/0/field").asString()).isEqualTo("worseWhen");
		assertThat(spanish.at("/errors/0/message").asString())
			.isEqualTo("Marque lo que empeora el dolor, o marque \"Ninguna de estas\"");
		assertThat(spanish.at("/errors/1/message").asString()).isEqualTo("Escriba una edad de 5 a 110 años");
	}

	@Test
	void questionnaireInSpanishShouldKeepEveryIdAndCode() {
		JsonNode english = json(this.mvc.get().uri("/api/v1/questionnaire"));
		JsonNode spanish = json(this.mvc.get().uri("/api/v1/questionnaire").header("Accept-Language", "es"));
		assertThat(withoutWords(spanish)).isEqualTo(withoutWords(english));
		assertThat(spanish.at("/sections/2/title").asString()).isEqualTo("Dónde le duele");
	}

	private JsonNode json(MockMvcRequestBuilder request) {
		return json.readTree(request.exchange().getResponse().getContentAsByteArray());
	}

	/**
	 * The answer with every text for people taken out (and the result link, which is new
	 * each time).
	 */
	private static JsonNode withoutWords(JsonNode node) {
		JsonNode copy = node.deepCopy();
		strip(copy);
		return copy;
	}

	private static void strip(JsonNode node) {
		if (node instanceof ObjectNode object) {
			object.remove(List.of("text", "message", "title", "detail", "disclaimer", "label", "hint", "advice",
					"safetyNet", "resultUrl", "action", "causesNote"));
		}
		node.forEach(AssessmentApiControllerTests::strip);
	}

	private MockMvcRequestBuilder assess(String content) {
		return this.mvc.post().uri("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(content);
	}

	private static String body(TestAnswers answers) {
		return json.writeValueAsString(answers.json());
	}

	@SuppressWarnings("unchecked")
	private static List<String> problems(String problemJson) {
		Map<String, Object> problem = json.readValue(problemJson, Map.class);
		return ((List<Map<String, Object>>) problem.get("errors")).stream()
			.map((error) -> error.get("field") + ":" + error.get("problem"))
			.collect(Collectors.toList());
	}

}
