package app.backcheck.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrgencyRulesTests {

	private final TriageService triage = new TriageService();

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			emergencySigns=SADDLE_NUMBNESS          | EMERGENCY  | EMERGENCY_SADDLE_NUMBNESS
			emergencySigns=BLADDER_OR_BOWEL_CHANGE  | EMERGENCY  | EMERGENCY_BLADDER_OR_BOWEL_CHANGE
			emergencySigns=WORSENING_LEG_WEAKNESS   | EMERGENCY  | EMERGENCY_WORSENING_LEG_WEAKNESS
			emergencySigns=BOTH_LEGS                | EMERGENCY  | EMERGENCY_BOTH_LEGS
			emergencySigns=SERIOUS_ACCIDENT         | EMERGENCY  | EMERGENCY_SERIOUS_ACCIDENT
			emergencySigns=CHEST_PAIN               | EMERGENCY  | EMERGENCY_CHEST_PAIN
			emergencySigns=VERY_UNWELL_WITH_FEVER   | EMERGENCY  | EMERGENCY_VERY_UNWELL_WITH_FEVER
			warningSigns=FEVER                      | URGENT     | URGENT_FEVER
			warningSigns=UNEXPLAINED_WEIGHT_LOSS    | URGENT     | URGENT_UNEXPLAINED_WEIGHT_LOSS
			warningSigns=CANCER_HISTORY             | URGENT     | URGENT_CANCER_HISTORY
			warningSigns=NIGHT_OR_REST_PAIN         | URGENT     | URGENT_NIGHT_OR_REST_PAIN
			warningSigns=WORSE_ON_COUGH_OR_SNEEZE   | URGENT     | URGENT_WORSE_ON_COUGH_OR_SNEEZE
			warningSigns=STEROIDS_OR_OSTEOPOROSIS   | URGENT     | URGENT_STEROIDS_OR_OSTEOPOROSIS
			warningSigns=SWELLING_OR_SHAPE_CHANGE   | URGENT     | URGENT_SWELLING_OR_SHAPE_CHANGE
			warningSigns=NUMBNESS_BELOW_KNEE        | URGENT     | URGENT_NUMBNESS_BELOW_KNEE
			onset=INJURY                            | URGENT     | URGENT_RUNNING_INJURY
			painLocation=UPPER_BACK                 | URGENT     | URGENT_UPPER_BACK
			stopsDailyActivities=true               | SEE_DOCTOR | SEE_DOCTOR_STOPS_DAILY_ACTIVITIES
			duration=MORE_THAN_SIX_WEEKS            | SEE_DOCTOR | SEE_DOCTOR_MORE_THAN_SIX_WEEKS
			duration=ONE_TO_SIX_WEEKS               | SELF_CARE  |
			severity=7                              | SELF_CARE  |
			severity=8                              | SEE_DOCTOR | SEE_DOCTOR_SEVERE_PAIN
			severity=10                             | SEE_DOCTOR | SEE_DOCTOR_SEVERE_PAIN
			legPain=BELOW_KNEE                      | SEE_DOCTOR | SEE_DOCTOR_PAIN_BELOW_KNEE
			legPain=ABOVE_KNEE                      | SELF_CARE  |
			age=5                                   | SEE_DOCTOR | SEE_DOCTOR_UNDER_16
			age=15                                  | SEE_DOCTOR | SEE_DOCTOR_UNDER_16
			age=16                                  | SELF_CARE  |
			age=19                                  | SELF_CARE  |
			age=110                                 | SELF_CARE  |
			age=15; worseWhen=ARCHING_BACK          | SEE_DOCTOR | SEE_DOCTOR_UNDER_16
			age=16; worseWhen=ARCHING_BACK          | SEE_DOCTOR | SEE_DOCTOR_YOUNG_ATHLETE_ARCHING
			age=19; worseWhen=ARCHING_BACK          | SEE_DOCTOR | SEE_DOCTOR_YOUNG_ATHLETE_ARCHING
			age=20; worseWhen=ARCHING_BACK          | SELF_CARE  |
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
		assertThat(assessment.safetyNet()).isNotEmpty();
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
