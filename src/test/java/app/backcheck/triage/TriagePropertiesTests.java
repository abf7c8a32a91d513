package app.backcheck.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import app.backcheck.triage.Answers.BoneStressRisk;
import app.backcheck.triage.Answers.EmergencySign;
import app.backcheck.triage.Answers.WarningSign;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties that must hold for every answer set, checked over many generated ones
 * (seeded, so a failure repeats).
 */
class TriagePropertiesTests {

	private static final int ANSWER_SETS = 300;

	private final TriageService triage = new TriageService();

	static Stream<TestAnswers> answerSets() {
		Random random = new Random(20261125L);
		return Stream.generate(() -> randomAnswers(random)).limit(ANSWER_SETS);
	}

	@ParameterizedTest
	@MethodSource("answerSets")
	void addingAnyEmergencySignShouldGiveEmergency(TestAnswers answers) {
		for (EmergencySign sign : EmergencySign.values()) {
			List<String> signs = new ArrayList<>(answers.raw().get("emergencySigns"));
			signs.add(sign.name());
			Assessment assessment = this.triage
				.assess(answers.with("emergencySigns", signs.toArray(String[]::new)).answers());
			assertThat(assessment.urgency()).isEqualTo(Urgency.EMERGENCY);
			assertThat(assessment.urgencyReasons()).contains(UrgencyRules.emergencyRuleId(sign));
		}
	}

	@ParameterizedTest
	@MethodSource("answerSets")
	void painInBothLegsShouldGiveEmergencyAndStopTheCheck(TestAnswers answers) {
		TestAnswers bothLegs = answers.with("legPain", "BOTH_LEGS");
		assertThat(this.triage.assess(bothLegs.answers()).urgency()).isEqualTo(Urgency.EMERGENCY);
		assertThat(this.triage.emergencyStop(Map.of("legPain", List.of("BOTH_LEGS")))).isPresent();
	}

	@ParameterizedTest
	@MethodSource("answerSets")
	void signsOfAStressFractureShouldNeverGiveSelfCareAndShouldAlwaysStopRunning(TestAnswers answers) {
		for (String sign : List.of("impactPain=YES", "boneTenderSpot=YES", "impactPain=WALKING_HURTS")) {
			Assessment assessment = this.triage.assess(answers.with(sign).answers());
			assertThat(assessment.urgency()).as(sign).isGreaterThan(Urgency.SELF_CARE);
			assertThat(assessment.stopRunning()).as(sign).isTrue();
		}
	}

	@ParameterizedTest
	@MethodSource("answerSets")
	void aRiskOfAStressFractureShouldNeverGiveSelfCare(TestAnswers answers) {
		for (BoneStressRisk risk : BoneStressRisk.values()) {
			Assessment assessment = this.triage.assess(answers.with("boneStressRisks", risk.name()).answers());
			assertThat(assessment.urgency()).as(risk.name()).isGreaterThan(Urgency.SELF_CARE);
		}
	}

	@ParameterizedTest
	@MethodSource("answerSets")
	void stoppingRunningShouldAlwaysComeWithoutLoadingAdvice(TestAnswers answers) {
		Assessment assessment = this.triage.assess(answers.answers());
		assertThat(assessment.stopRunning()).isEqualTo(assessment.urgency().compareTo(Urgency.URGENT) >= 0
				|| assessment.stopRunning() && assessment.stressFracture());
		if (assessment.stopRunning()) {
			assertThat(assessment.advice()).doesNotContain("advice.general.active", "advice.general.strengthen",
					"advice.general.together");
			assertThat(assessment.causes()).allSatisfy((cause) -> assertThat(cause.advice()).isEmpty());
		}
	}

	/**
	 * A rule's declared fields are all it reads: what lets an EMERGENCY rule stop the
	 * check early.
	 */
	@ParameterizedTest
	@MethodSource("answerSets")
	void everyRuleShouldReadOnlyTheFieldsItDeclares(TestAnswers answers) {
		Answers all = answers.answers();
		for (UrgencyRule rule : UrgencyRules.ALL) {
			Map<String, List<String>> only = new LinkedHashMap<>();
			rule.fields().forEach((field) -> only.put(field, answers.raw().get(field)));
			assertThat(rule.matches(AnswerReader.readSoFar(only))).as(rule.id()).isEqualTo(rule.matches(all));
		}
		boolean emergency = this.triage.assess(all).urgency() == Urgency.EMERGENCY;
		assertThat(this.triage.emergencyStop(answers.raw()).isPresent()).isEqualTo(emergency);
	}

	@ParameterizedTest
	@MethodSource("answerSets")
	void addingAnyWarningSignShouldNeverGiveLessThanUrgentNorLowerTheUrgency(TestAnswers answers) {
		Urgency before = this.triage.assess(answers.answers()).urgency();
		for (WarningSign sign : WarningSign.values()) {
			List<String> signs = new ArrayList<>(answers.raw().get("warningSigns"));
			signs.add(sign.name());
			Urgency after = this.triage.assess(answers.with("warningSigns", signs.toArray(String[]::new)).answers())
				.urgency();
			assertThat(after).isGreaterThanOrEqualTo(Urgency.URGENT).isGreaterThanOrEqualTo(before);
		}
	}

	@ParameterizedTest
	@MethodSource("answerSets")
	void removingEveryCueShouldMakeEveryCauseUnlikely(TestAnswers answers) {
		TestAnswers neutral = TestAnswers.baseline();
		TestAnswers withoutCues = answers;
		for (String field : List.of("painLocation", "legPain", "onset", "worseWhen", "longestRun", "recentIncrease",
				"unevenLanding", "archedBack", "coreTraining", "backTraining", "cramps", "tenderKnot", "drinking")) {
			withoutCues = withoutCues.with(field, neutral.raw().get(field).toArray(String[]::new));
		}
		assertThat(this.triage.assess(withoutCues.answers()).causes())
			.allSatisfy((cause) -> assertThat(cause.likelihood()).isEqualTo(Likelihood.UNLIKELY));
	}

	@ParameterizedTest
	@MethodSource("answerSets")
	void everyAssessmentShouldBeConsistent(TestAnswers answers) {
		Assessment assessment = this.triage.assess(answers.answers());
		assertThat(assessment.seeDoctor()).isEqualTo(assessment.urgency() != Urgency.SELF_CARE);
		assertThat(assessment.urgencyReasons().isEmpty()).isEqualTo(assessment.urgency() == Urgency.SELF_CARE);
		assertThat(assessment.causes()).extracting(CauseAssessment::cause).containsExactlyInAnyOrder(Cause.values());
		assertThat(assessment.causes()).extracting(CauseAssessment::score).isSortedAccordingTo((a, b) -> b - a);
		assertThat(assessment.safetyNet()).isNotEmpty();
		assertThat(assessment.causes()).filteredOn((cause) -> cause.likelihood() != Likelihood.UNLIKELY)
			.allSatisfy((cause) -> assertThat(cause.reasons()).isNotEmpty());
	}

	private static TestAnswers randomAnswers(Random random) {
		TestAnswers answers = TestAnswers.baseline();
		for (Question question : Questionnaire.QUESTIONS) {
			answers = answers.with(question.field(), randomValues(question, random));
		}
		return answers;
	}

	private static String[] randomValues(Question question, Random random) {
		return switch (question.kind()) {
			case ANY_OF -> {
				// Emergency signs stay rare so that the other rules are exercised too
				double chance = question.field().equals("emergencySigns") ? 0.05 : 0.25;
				yield question.codes().stream().filter((code) -> random.nextDouble() < chance).toArray(String[]::new);
			}
			case ONE_OF, YES_NO -> new String[] { question.codes().get(random.nextInt(question.codes().size())) };
			case WHOLE_NUMBER ->
				new String[] { String.valueOf(question.min() + random.nextInt(question.max() - question.min() + 1)) };
		};
	}

}
