package app.backcheck.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrgencyRulesTests {

	private final TriageService triage = new TriageService();

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					emergencySigns=SADDLE_NUMBNESS          | EMERGENCY  | EMERGENCY_SADDLE_NUMBNESS
					emergencySigns=BLADDER_OR_BOWEL_CHANGE  | EMERGENCY  | EMERGENCY_BLADDER_OR_BOWEL_CHANGE
					emergencySigns=WORSENING_LEG_WEAKNESS   | EMERGENCY  | EMERGENCY_WORSENING_LEG_WEAKNESS
					emergencySigns=BOTH_LEGS                | EMERGENCY  | EMERGENCY_BOTH_LEGS
					emergencySigns=SERIOUS_ACCIDENT         | EMERGENCY  | EMERGENCY_SERIOUS_ACCIDENT
					emergencySigns=CHEST_PAIN               | EMERGENCY  | EMERGENCY_CHEST_PAIN
					emergencySigns=VERY_UNWELL_WITH_FEVER   | EMERGENCY  | EMERGENCY_VERY_UNWELL_WITH_FEVER
					emergencySigns=SUDDEN_TEARING_PAIN      | EMERGENCY  | EMERGENCY_SUDDEN_TEARING_PAIN
					onset=SUDDEN_AT_REST; severity=8; age=50 | EMERGENCY | EMERGENCY_SUDDEN_SEVERE_PAIN_FROM_50, URGENT_SEVERE_PAIN_FROM_50, URGENT_SUDDEN_PAIN_AT_REST, SEE_DOCTOR_SEVERE_PAIN
					onset=SUDDEN_AT_REST; severity=7; age=50 | URGENT    | URGENT_SUDDEN_PAIN_AT_REST
					onset=SUDDEN_AT_REST; severity=10; age=49 | URGENT   | URGENT_SUDDEN_PAIN_AT_REST, SEE_DOCTOR_SEVERE_PAIN
					onset=SUDDEN_AT_REST; severity=8; age=30 | URGENT    | URGENT_SUDDEN_PAIN_AT_REST, SEE_DOCTOR_SEVERE_PAIN
					onset=SUDDEN_AT_REST; severity=7; age=49 | SELF_CARE |
					onset=GRADUAL; severity=10; age=70      | URGENT     | URGENT_SEVERE_PAIN_FROM_50, SEE_DOCTOR_SEVERE_PAIN
					onset=HARD_EFFORT; severity=8; age=50   | URGENT     | URGENT_SEVERE_PAIN_FROM_50, SEE_DOCTOR_SEVERE_PAIN
					onset=HARD_EFFORT; severity=7; age=50   | SELF_CARE  |
					onset=HARD_EFFORT; severity=8; age=49   | SEE_DOCTOR | SEE_DOCTOR_SEVERE_PAIN
					legPain=BOTH_LEGS                       | EMERGENCY  | EMERGENCY_PAIN_IN_BOTH_LEGS
					warningSigns=FEVER                      | URGENT     | URGENT_FEVER
					warningSigns=UNEXPLAINED_WEIGHT_LOSS    | URGENT     | URGENT_UNEXPLAINED_WEIGHT_LOSS
					warningSigns=CANCER_HISTORY             | URGENT     | URGENT_CANCER_HISTORY
					warningSigns=NIGHT_OR_REST_PAIN         | URGENT     | URGENT_NIGHT_OR_REST_PAIN
					warningSigns=WORSE_ON_COUGH_OR_SNEEZE   | URGENT     | URGENT_WORSE_ON_COUGH_OR_SNEEZE
					warningSigns=STEROIDS_OR_OSTEOPOROSIS   | URGENT     | URGENT_STEROIDS_OR_OSTEOPOROSIS
					warningSigns=SWELLING_OR_SHAPE_CHANGE   | URGENT     | URGENT_SWELLING_OR_SHAPE_CHANGE
					warningSigns=NUMBNESS_BELOW_KNEE        | URGENT     | URGENT_NUMBNESS_BELOW_KNEE
					warningSigns=INFECTION_RISK             | URGENT     | URGENT_INFECTION_RISK
					warningSigns=CANCER_HISTORY, NUMBNESS_BELOW_KNEE | EMERGENCY | EMERGENCY_CANCER_WITH_NERVE_SIGNS, URGENT_CANCER_HISTORY, URGENT_NUMBNESS_BELOW_KNEE
					warningSigns=FEVER, INFECTION_RISK      | EMERGENCY  | EMERGENCY_FEVER_WITH_INFECTION_RISK, URGENT_FEVER, URGENT_INFECTION_RISK
					warningSigns=FEVER, NUMBNESS_BELOW_KNEE | EMERGENCY  | EMERGENCY_FEVER_WITH_INFECTION_RISK, URGENT_FEVER, URGENT_NUMBNESS_BELOW_KNEE
					warningSigns=CANCER_HISTORY, INFECTION_RISK | URGENT | URGENT_CANCER_HISTORY, URGENT_INFECTION_RISK
					onset=INJURY                            | URGENT     | URGENT_RUNNING_INJURY
					painLocation=UPPER_BACK                 | URGENT     | URGENT_UPPER_BACK
					onset=FALL_OR_LIFTING; age=65           | URGENT     | URGENT_FALL_FROM_65
					onset=FALL_OR_LIFTING; age=64           | SEE_DOCTOR | SEE_DOCTOR_FALL_FROM_50
					onset=FALL_OR_LIFTING; age=50           | SEE_DOCTOR | SEE_DOCTOR_FALL_FROM_50
					onset=FALL_OR_LIFTING; age=49           | SELF_CARE  |
					onset=SUDDEN_AT_REST; age=35            | SELF_CARE  |
					age=9                                   | URGENT     | URGENT_UNDER_10, SEE_DOCTOR_UNDER_16
					age=10                                  | SEE_DOCTOR | SEE_DOCTOR_UNDER_16
					impactPain=WALKING_HURTS                | URGENT     | URGENT_WALKING_HURTS
					groinPain=true; impactPain=YES          | URGENT     | URGENT_HIP_STRESS_SIGNS, SEE_DOCTOR_GROIN_PAIN, SEE_DOCTOR_BONE_STRESS_SIGNS
					groinPain=true; impactPain=WALKING_HURTS | URGENT    | URGENT_WALKING_HURTS, URGENT_HIP_STRESS_SIGNS, SEE_DOCTOR_GROIN_PAIN
					groinPain=true; impactPain=NOT_SURE     | SEE_DOCTOR | SEE_DOCTOR_GROIN_PAIN
					groinPain=true; impactPain=NO           | SEE_DOCTOR | SEE_DOCTOR_GROIN_PAIN
					impactPain=YES                          | SEE_DOCTOR | SEE_DOCTOR_BONE_STRESS_SIGNS
					impactPain=NOT_SURE                     | SELF_CARE  |
					boneTenderSpot=YES                      | SEE_DOCTOR | SEE_DOCTOR_BONE_STRESS_SIGNS
					boneTenderSpot=NOT_SURE                 | SELF_CARE  |
					impactPain=NOT_SURE; boneTenderSpot=NOT_SURE | SELF_CARE |
					boneStressRisks=PREVIOUS_STRESS_FRACTURE | SEE_DOCTOR | SEE_DOCTOR_BONE_STRESS_RISK
					boneStressRisks=PERIODS_STOPPED         | SEE_DOCTOR | SEE_DOCTOR_BONE_STRESS_RISK
					boneStressRisks=UNDER_FUELLING          | SEE_DOCTOR | SEE_DOCTOR_BONE_STRESS_RISK
					age=50; previousEpisodes=FIRST_TIME     | SEE_DOCTOR | SEE_DOCTOR_NEW_PAIN_FROM_50
					age=50; previousEpisodes=NOT_SURE       | SEE_DOCTOR | SEE_DOCTOR_NEW_PAIN_FROM_50
					age=50; previousEpisodes=HAD_IT_BEFORE  | SELF_CARE  |
					age=49; previousEpisodes=FIRST_TIME     | SELF_CARE  |
					stopsDailyActivities=true               | SEE_DOCTOR | SEE_DOCTOR_STOPS_DAILY_ACTIVITIES
					duration=MORE_THAN_SIX_WEEKS            | SEE_DOCTOR | SEE_DOCTOR_MORE_THAN_SIX_WEEKS
					duration=ONE_TO_SIX_WEEKS               | SELF_CARE  |
					severity=7                              | SELF_CARE  |
					severity=8                              | SEE_DOCTOR | SEE_DOCTOR_SEVERE_PAIN
					severity=10                             | SEE_DOCTOR | SEE_DOCTOR_SEVERE_PAIN
					legPain=BELOW_KNEE                      | SEE_DOCTOR | SEE_DOCTOR_PAIN_BELOW_KNEE
					legPain=ABOVE_KNEE                      | SELF_CARE  |
					age=5                                   | URGENT     | URGENT_UNDER_10, SEE_DOCTOR_UNDER_16
					age=15                                  | SEE_DOCTOR | SEE_DOCTOR_UNDER_16
					age=16                                  | SELF_CARE  |
					age=19                                  | SELF_CARE  |
					age=110; previousEpisodes=HAD_IT_BEFORE | SELF_CARE  |
					age=15; worseWhen=ARCHING_BACK          | SEE_DOCTOR | SEE_DOCTOR_UNDER_16, SEE_DOCTOR_YOUNG_ATHLETE_ARCHING
					age=16; worseWhen=ARCHING_BACK          | SEE_DOCTOR | SEE_DOCTOR_YOUNG_ATHLETE_ARCHING
					age=25; worseWhen=ARCHING_BACK          | SEE_DOCTOR | SEE_DOCTOR_YOUNG_ATHLETE_ARCHING
					age=26; worseWhen=ARCHING_BACK          | SELF_CARE  |
					morningStiffness=true; duration=MORE_THAN_SIX_WEEKS; age=44 | SEE_DOCTOR | SEE_DOCTOR_MORE_THAN_SIX_WEEKS, SEE_DOCTOR_INFLAMMATORY_PATTERN
					morningStiffness=true; duration=MORE_THAN_SIX_WEEKS; age=45 | SEE_DOCTOR | SEE_DOCTOR_MORE_THAN_SIX_WEEKS
					morningStiffness=true; duration=ONE_TO_SIX_WEEKS; age=30    | SELF_CARE  |
					emergencySigns=CHEST_PAIN; warningSigns=FEVER; severity=9   | EMERGENCY  | EMERGENCY_CHEST_PAIN, URGENT_FEVER, SEE_DOCTOR_SEVERE_PAIN
					emergencySigns=BOTH_LEGS, SADDLE_NUMBNESS                   | EMERGENCY  | EMERGENCY_SADDLE_NUMBNESS, EMERGENCY_BOTH_LEGS
					warningSigns=CANCER_HISTORY; stopsDailyActivities=true      | URGENT     | URGENT_CANCER_HISTORY, SEE_DOCTOR_STOPS_DAILY_ACTIVITIES
					onset=INJURY; painLocation=UPPER_BACK                       | URGENT     | URGENT_RUNNING_INJURY, URGENT_UPPER_BACK
					""")
	void assessShouldTakeTheHighestUrgencyAndReportEveryMatchedRule(String changes, Urgency urgency, String reasons) {
		Assessment assessment = this.triage.assess(TestAnswers.baseline().with(changes).answers());
		assertThat(assessment.urgency()).isEqualTo(urgency);
		assertThat(assessment.seeDoctor()).isEqualTo(urgency != Urgency.SELF_CARE);
		assertThat(assessment.urgencyReasons()).containsExactlyElementsOf(ids(reasons));
	}

	@Test
	void assessWhenNothingMatchesShouldReturnSelfCareWithNoReasons() {
		Assessment assessment = this.triage.assess(TestAnswers.baseline().answers());
		assertThat(assessment.urgency()).isEqualTo(Urgency.SELF_CARE);
		assertThat(assessment.seeDoctor()).isFalse();
		assertThat(assessment.urgencyReasons()).isEmpty();
	}

	@Test
	void assessShouldAlwaysGiveASafetyNet() {
		assertThat(this.triage.assess(TestAnswers.baseline().answers()).safetyNet()).contains("safety.emergency",
				"safety.not-better");
	}

	@Test
	void assessWhenEmergencyShouldGiveNoCompetingAdvice() {
		Assessment assessment = this.triage
			.assess(TestAnswers.baseline().with("emergencySigns", "CHEST_PAIN").answers());
		assertThat(assessment.advice()).isEmpty();
		assertThat(assessment.causes()).allSatisfy((cause) -> assertThat(cause.advice()).isEmpty());
		assertThat(assessment.safetyNet()).isNotEmpty();
	}

	@ParameterizedTest(name = "{0} -> stop running {2}, {3}")
	@CsvSource(delimiter = '|',
			textBlock = """
					emergencySigns=                                   | SELF_CARE  | false | urgency.SELF_CARE.action
					warningSigns=FEVER                                | URGENT     | true  | urgency.URGENT.action
					legPain=BOTH_LEGS                                 | EMERGENCY  | true  | urgency.EMERGENCY.action
					impactPain=YES                                    | SEE_DOCTOR | true  | urgency.SEE_DOCTOR.action.stop-running
					boneTenderSpot=YES                                | SEE_DOCTOR | true  | urgency.SEE_DOCTOR.action.stop-running
					age=20; worseWhen=ARCHING_BACK                    | SEE_DOCTOR | true  | urgency.SEE_DOCTOR.action.stop-running
					boneStressRisks=UNDER_FUELLING                    | SEE_DOCTOR | false | urgency.SEE_DOCTOR.action.soon
					boneStressRisks=UNDER_FUELLING; painLocation=LOWER_ONE_SIDE | SEE_DOCTOR | true | urgency.SEE_DOCTOR.action.stop-running
					boneStressRisks=PERIODS_STOPPED; worseWhen=ONE_LEG_LOADING  | SEE_DOCTOR | true | urgency.SEE_DOCTOR.action.stop-running
					boneStressRisks=PREVIOUS_STRESS_FRACTURE; recentIncrease=true | SEE_DOCTOR | true | urgency.SEE_DOCTOR.action.stop-running
					painLocation=LOWER_ONE_SIDE; recentIncrease=true  | SELF_CARE  | false | urgency.SELF_CARE.action
					severity=9                                        | SEE_DOCTOR | false | urgency.SEE_DOCTOR.action
					impactPain=NOT_SURE; boneTenderSpot=NOT_SURE      | SELF_CARE  | false | urgency.SELF_CARE.action
					groinPain=true                                    | SEE_DOCTOR | true  | urgency.SEE_DOCTOR.action.stop-running
					impactPain=WALKING_HURTS                          | URGENT     | true  | urgency.URGENT.action
					""")
	void assessShouldSayWhetherToStopRunningAndHowSoonToBeSeen(String changes, Urgency urgency, boolean stopRunning,
			String action) {
		Assessment assessment = this.triage.assess(TestAnswers.baseline().with(changes).answers());
		assertThat(assessment.urgency()).isEqualTo(urgency);
		assertThat(assessment.stopRunning()).isEqualTo(stopRunning);
		assertThat(assessment.action()).isEqualTo(action);
	}

	@Test
	void assessWhenStoppingRunningShouldAdviseNoLoadingAndNoRunningLess() {
		Assessment assessment = this.triage.assess(TestAnswers.baseline()
			.with("boneTenderSpot=YES; worseWhen=AS_RUN_GOES_ON; tenderKnot=true; painLocation=LOWER_ONE_SIDE")
			.answers());
		assertThat(assessment.stopRunning()).isTrue();
		assertThat(assessment.advice()).containsExactly("advice.general.until-checked");
		assertThat(assessment.causes()).allSatisfy((cause) -> assertThat(cause.advice()).isEmpty());
		assertThat(assessment.likelyCauses()).isNotEmpty();
		assertThat(assessment.causesNote()).isEqualTo("result.causes.after-stress-fracture");
	}

	@Test
	void assessWhenTheHipMayHaveAStressFractureShouldSayToWalkAsLittleAsPossible() {
		assertThat(this.triage.assess(TestAnswers.baseline().with("impactPain=WALKING_HURTS").answers()).advice())
			.containsExactly("advice.general.until-checked-hip");
		assertThat(this.triage.assess(TestAnswers.baseline().with("groinPain=true; impactPain=YES").answers()).advice())
			.containsExactly("advice.general.until-checked-hip");
		assertThat(this.triage.assess(TestAnswers.baseline().with("boneTenderSpot=YES").answers()).advice())
			.containsExactly("advice.general.until-checked");
	}

	@Test
	void assessWhenAStressFractureRiskAloneShouldKeepRunningButAdviseNoPainkillers() {
		Assessment assessment = this.triage
			.assess(TestAnswers.baseline().with("boneStressRisks=UNDER_FUELLING; tenderKnot=true").answers());
		assertThat(assessment.stopRunning()).isFalse();
		assertThat(assessment.advice()).contains("advice.general.active").doesNotContain("advice.general.painkillers");
		assertThat(assessment.likelyCauses()).allSatisfy((cause) -> assertThat(cause.advice()).isNotEmpty());
	}

	@Test
	void assessWhenUrgentWithoutAStressFractureShouldSayTheCausesWaitForADoctor() {
		Assessment assessment = this.triage
			.assess(TestAnswers.baseline().with("warningSigns=CANCER_HISTORY").answers());
		assertThat(assessment.causesNote()).isEqualTo("result.causes.after-doctor");
		assertThat(assessment.advice()).doesNotContain("advice.general.active");
	}

	@Test
	void assessWhenSelfCareShouldAdviseRunningLessAndPainkillersSafely() {
		Assessment assessment = this.triage.assess(TestAnswers.baseline().with("tenderKnot=true").answers());
		assertThat(assessment.stopRunning()).isFalse();
		assertThat(assessment.causesNote()).isNull();
		assertThat(assessment.advice()).contains("advice.general.active", "advice.general.painkillers");
		assertThat(this.triage.assess(TestAnswers.baseline().with("age=15; tenderKnot=true").answers()).advice())
			.doesNotContain("advice.general.painkillers");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					emergencySigns=CHEST_PAIN                         | EMERGENCY_CHEST_PAIN
					emergencySigns=SUDDEN_TEARING_PAIN, SADDLE_NUMBNESS | EMERGENCY_SADDLE_NUMBNESS, EMERGENCY_SUDDEN_TEARING_PAIN
					emergencySigns=; warningSigns=; legPain=BOTH_LEGS | EMERGENCY_PAIN_IN_BOTH_LEGS
					onset=SUDDEN_AT_REST; severity=9; age=72          | EMERGENCY_SUDDEN_SEVERE_PAIN_FROM_50
					""")
	void emergencyStopShouldNeedOnlyTheAnswersItsRulesRead(String given, String reasons) {
		TestAnswers all = TestAnswers.baseline().with(given);
		Map<String, List<String>> raw = new LinkedHashMap<>();
		for (String change : given.split(";")) {
			String field = change.split("=")[0].strip();
			raw.put(field, all.raw().get(field));
		}
		Assessment stop = this.triage.emergencyStop(raw).orElseThrow();
		assertThat(stop.urgency()).isEqualTo(Urgency.EMERGENCY);
		assertThat(stop.urgencyReasons()).containsExactlyElementsOf(ids(reasons));
		assertThat(stop.causes()).isEmpty();
		assertThat(stop.advice()).isEmpty();
		assertThat(stop.stopRunning()).isTrue();
		assertThat(this.triage.assess(raw)).isEqualTo(stop);
	}

	@Test
	void emergencyStopShouldWaitForEveryAnswerItsRuleReads() {
		Map<String, List<String>> raw = Map.of("onset", List.of("SUDDEN_AT_REST"), "severity", List.of("9"));
		assertThat(this.triage.emergencyStop(raw)).isEmpty();
		assertThat(this.triage
			.emergencyStop(Map.of("severity", List.of("9"), "age", List.of("x"), "onset", List.of("SUDDEN_AT_REST"))))
			.isEmpty();
		assertThat(this.triage.emergencyStop(Map.of("emergencySigns", List.of()))).isEmpty();
	}

	@Test
	void ruleIdsShouldBeUnique() {
		List<String> ids = UrgencyRules.ALL.stream().map(UrgencyRule::id).toList();
		assertThat(ids).doesNotHaveDuplicates();
	}

	private static List<String> ids(String reasons) {
		return (reasons == null) ? List.of() : Arrays.stream(reasons.split(",")).map(String::strip).toList();
	}

}
