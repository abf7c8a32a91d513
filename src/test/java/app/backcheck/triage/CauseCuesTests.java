package app.backcheck.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CauseCuesTests {

	private final TriageService triage = new TriageService();

	@ParameterizedTest(name = "{0} -> {1} {2} ({3})")
	@CsvSource(delimiter = '|',
			textBlock = """
					worseWhen=ARCHING_BACK                  | FACET_JOINT_IRRITATION       | LIKELY   | 3  | FACET_WORSE_ARCHING_BACK
					archedBack=YES                          | FACET_JOINT_IRRITATION       | POSSIBLE | 1  | FACET_ARCHED_BACK
					archedBack=YES; coreTraining=NEVER; painLocation=LOWER_MIDDLE | FACET_JOINT_IRRITATION | POSSIBLE | 3 | FACET_ARCHED_BACK, FACET_NO_CORE_TRAINING, FACET_LOWER_MIDDLE
					archedBack=NOT_SURE                     | FACET_JOINT_IRRITATION       | POSSIBLE | 1  | FACET_MAYBE_ARCHED_BACK
					coreTraining=NEVER                      | FACET_JOINT_IRRITATION       | POSSIBLE | 1  | FACET_NO_CORE_TRAINING
					painLocation=LOWER_MIDDLE               | FACET_JOINT_IRRITATION       | POSSIBLE | 1  | FACET_LOWER_MIDDLE
					worseWhen=BENDING_OR_SITTING            | FACET_JOINT_IRRITATION       | UNLIKELY | -2 | FACET_WORSE_BENDING_OR_SITTING
					worseWhen=ARCHING_BACK, BENDING_OR_SITTING | FACET_JOINT_IRRITATION    | POSSIBLE | 1  | FACET_WORSE_ARCHING_BACK, FACET_WORSE_BENDING_OR_SITTING
					archedBack=NOT_SURE; coreTraining=NEVER; painLocation=LOWER_MIDDLE | FACET_JOINT_IRRITATION | POSSIBLE | 3 | FACET_MAYBE_ARCHED_BACK, FACET_NO_CORE_TRAINING, FACET_LOWER_MIDDLE
					archedBack=YES; worseWhen=ARCHING_BACK; coreTraining=NEVER; painLocation=LOWER_MIDDLE | FACET_JOINT_IRRITATION | LIKELY | 6 | FACET_WORSE_ARCHING_BACK, FACET_ARCHED_BACK, FACET_NO_CORE_TRAINING, FACET_LOWER_MIDDLE
					painLocation=LOWER_ONE_SIDE             | SACROILIAC_JOINT_DYSFUNCTION | LIKELY   | 3  | SI_ONE_SIDE
					unevenLanding=YES                       | SACROILIAC_JOINT_DYSFUNCTION | POSSIBLE | 1  | SI_UNEVEN_LANDING
					unevenLanding=YES; legPain=ABOVE_KNEE   | SACROILIAC_JOINT_DYSFUNCTION | POSSIBLE | 2  | SI_UNEVEN_LANDING, SI_PAIN_ABOVE_KNEE
					unevenLanding=YES; painLocation=LOWER_ONE_SIDE | SACROILIAC_JOINT_DYSFUNCTION | LIKELY | 4 | SI_ONE_SIDE, SI_UNEVEN_LANDING
					worseWhen=ONE_LEG_LOADING               | SACROILIAC_JOINT_DYSFUNCTION | LIKELY   | 3  | SI_WORSE_ONE_LEG_LOADING
					unevenLanding=NOT_SURE                  | SACROILIAC_JOINT_DYSFUNCTION | POSSIBLE | 1  | SI_MAYBE_UNEVEN_LANDING
					legPain=ABOVE_KNEE                      | SACROILIAC_JOINT_DYSFUNCTION | POSSIBLE | 1  | SI_PAIN_ABOVE_KNEE
					unevenLanding=NOT_SURE; legPain=ABOVE_KNEE | SACROILIAC_JOINT_DYSFUNCTION | POSSIBLE | 2 | SI_MAYBE_UNEVEN_LANDING, SI_PAIN_ABOVE_KNEE
					worseWhen=AS_RUN_GOES_ON                | WEAK_MUSCLES                 | LIKELY   | 3  | MUSCLES_WORSE_AS_RUN_GOES_ON
					backTraining=NEVER                      | WEAK_MUSCLES                 | POSSIBLE | 1  | MUSCLES_NO_BACK_TRAINING
					backTraining=NEVER; coreTraining=NEVER; recentIncrease=true; onset=GRADUAL | WEAK_MUSCLES | POSSIBLE | 4 | MUSCLES_NO_BACK_TRAINING, MUSCLES_NO_CORE_TRAINING, MUSCLES_RECENT_INCREASE, MUSCLES_GRADUAL_ONSET
					coreTraining=NEVER                      | WEAK_MUSCLES                 | POSSIBLE | 1  | MUSCLES_NO_CORE_TRAINING
					recentIncrease=true                     | WEAK_MUSCLES                 | POSSIBLE | 1  | MUSCLES_RECENT_INCREASE
					onset=GRADUAL                           | WEAK_MUSCLES                 | POSSIBLE | 1  | MUSCLES_GRADUAL_ONSET
					backTraining=SOMETIMES                  | WEAK_MUSCLES                 | POSSIBLE | 1  | MUSCLES_SOME_BACK_TRAINING
					coreTraining=NEVER; recentIncrease=true; onset=GRADUAL; backTraining=SOMETIMES | WEAK_MUSCLES | POSSIBLE | 4 | MUSCLES_NO_CORE_TRAINING, MUSCLES_RECENT_INCREASE, MUSCLES_GRADUAL_ONSET, MUSCLES_SOME_BACK_TRAINING
					cramps=LATE_IN_LONG_RUNS                | MYOFASCIAL_TRIGGER_POINTS    | LIKELY   | 3  | TRIGGER_CRAMPS_LATE_IN_LONG_RUNS
					tenderKnot=true                         | MYOFASCIAL_TRIGGER_POINTS    | LIKELY   | 3  | TRIGGER_TENDER_KNOT
					worseWhen=HARD_EFFORT_CRAMP             | MYOFASCIAL_TRIGGER_POINTS    | LIKELY   | 3  | TRIGGER_HARD_EFFORT_CRAMP
					cramps=SOMETIMES                        | MYOFASCIAL_TRIGGER_POINTS    | POSSIBLE | 1  | TRIGGER_SOME_CRAMPS
					onset=HARD_EFFORT                       | MYOFASCIAL_TRIGGER_POINTS    | POSSIBLE | 1  | TRIGGER_HARD_EFFORT_ONSET
					longestRun=UP_TO_MARATHON               | MYOFASCIAL_TRIGGER_POINTS    | POSSIBLE | 1  | TRIGGER_LONG_DISTANCE
					longestRun=ULTRA                        | MYOFASCIAL_TRIGGER_POINTS    | POSSIBLE | 1  | TRIGGER_LONG_DISTANCE
					longestRun=UP_TO_HALF_MARATHON          | MYOFASCIAL_TRIGGER_POINTS    | UNLIKELY | 0  |
					drinking=RARELY                         | MYOFASCIAL_TRIGGER_POINTS    | POSSIBLE | 1  | TRIGGER_RARELY_DRINKS
					drinking=ON_A_SCHEDULE                  | MYOFASCIAL_TRIGGER_POINTS    | UNLIKELY | 0  |
					""")
	void assessShouldScoreEachCauseFromItsCues(String changes, Cause cause, Likelihood likelihood, int score,
			String reasons) {
		CauseAssessment assessed = causeOf(this.triage.assess(TestAnswers.baseline().with(changes).answers()), cause);
		assertThat(assessed.likelihood()).isEqualTo(likelihood);
		assertThat(assessed.score()).isEqualTo(score);
		assertThat(assessed.reasons()).containsExactlyInAnyOrderElementsOf(ids(reasons));
	}

	@Test
	void assessWithNoCuesShouldMakeEveryCauseUnlikely() {
		Assessment assessment = this.triage.assess(TestAnswers.baseline().answers());
		assertThat(assessment.causes()).hasSize(4)
			.allSatisfy((cause) -> assertThat(cause.likelihood()).isEqualTo(Likelihood.UNLIKELY))
			.allSatisfy((cause) -> assertThat(cause.reasons()).isEmpty());
	}

	@Test
	void assessShouldRankCausesByScoreAndListAllFour() {
		Assessment assessment = this.triage.assess(TestAnswers.baseline()
			.with("tenderKnot=true; cramps=LATE_IN_LONG_RUNS; worseWhen=ONE_LEG_LOADING")
			.answers());
		assertThat(assessment.causes()).extracting(CauseAssessment::cause)
			.containsExactly(Cause.MYOFASCIAL_TRIGGER_POINTS, Cause.SACROILIAC_JOINT_DYSFUNCTION,
					Cause.FACET_JOINT_IRRITATION, Cause.WEAK_MUSCLES);
		assertThat(assessment.causes()).extracting(CauseAssessment::score).isSortedAccordingTo((a, b) -> b - a);
	}

	@Test
	void assessWhenTwoCausesAreLikelyShouldSayTheyActTogether() {
		Assessment together = this.triage
			.assess(TestAnswers.baseline().with("tenderKnot=true; worseWhen=ONE_LEG_LOADING").answers());
		Assessment alone = this.triage.assess(TestAnswers.baseline().with("tenderKnot=true").answers());
		assertThat(together.likelyCauses()).hasSize(2);
		assertThat(together.advice()).contains("advice.general.together");
		assertThat(alone.advice()).doesNotContain("advice.general.together").contains("advice.general.strengthen");
	}

	@Test
	void everyCauseShouldHaveAdvice() {
		assertThat(Cause.values()).allSatisfy((cause) -> assertThat(cause.advice()).isNotEmpty());
		assertThat(this.triage.assess(TestAnswers.baseline().with("tenderKnot=true").answers()).causes())
			.allSatisfy((cause) -> assertThat(cause.advice()).isEqualTo(cause.cause().advice()));
	}

	@Test
	void habitsAndPostureAloneShouldNeverMakeACauseLikely() {
		Assessment assessment = this.triage.assess(TestAnswers.baseline()
			.with("archedBack=YES; unevenLanding=YES; backTraining=NEVER; coreTraining=NEVER; recentIncrease=true; "
					+ "longestRun=ULTRA; drinking=RARELY; onset=GRADUAL; cramps=SOMETIMES")
			.answers());
		assertThat(assessment.likelyCauses()).isEmpty();
	}

	@Test
	void onlySymptomsShouldBeStrongCues() {
		assertThat(CauseCues.ALL).filteredOn((cue) -> cue.weight() == CauseCue.Weight.STRONG)
			.extracting(CauseCue::id)
			.containsExactlyInAnyOrder("FACET_WORSE_ARCHING_BACK", "SI_ONE_SIDE", "SI_WORSE_ONE_LEG_LOADING",
					"MUSCLES_WORSE_AS_RUN_GOES_ON", "TRIGGER_CRAMPS_LATE_IN_LONG_RUNS", "TRIGGER_TENDER_KNOT",
					"TRIGGER_HARD_EFFORT_CRAMP");
	}

	@Test
	void adviceShouldNeverSuggestSitUpsOrBackExtensions() {
		Properties english = new Properties();
		try (var in = getClass().getResourceAsStream("/messages/messages.properties")) {
			english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (Cause cause : Cause.values()) {
			for (String key : cause.advice()) {
				String text = english.getProperty(key).toLowerCase(Locale.ROOT);
				assertThat(text).as(key)
					.satisfiesAnyOf((advice) -> assertThat(advice).doesNotContain("sit-up"),
							(advice) -> assertThat(advice).contains("skip sit-ups"));
				assertThat(text).as(key)
					.satisfiesAnyOf((advice) -> assertThat(advice).doesNotContain("back extension"),
							(advice) -> assertThat(advice).contains("avoid exercises that arch your back"));
			}
		}
	}

	@Test
	void cueIdsShouldBeUniqueAndEveryCauseShouldHaveAStrongCue() {
		assertThat(CauseCues.ALL.stream().map(CauseCue::id).toList()).doesNotHaveDuplicates();
		assertThat(Cause.values()).allSatisfy((cause) -> assertThat(CauseCues.ALL)
			.anyMatch((cue) -> cue.cause() == cause && cue.weight() == CauseCue.Weight.STRONG));
	}

	private static CauseAssessment causeOf(Assessment assessment, Cause cause) {
		return assessment.causes().stream().filter((assessed) -> assessed.cause() == cause).findFirst().orElseThrow();
	}

	private static List<String> ids(String reasons) {
		return (reasons == null) ? List.of() : Arrays.stream(reasons.split(",")).map(String::strip).toList();
	}

}
