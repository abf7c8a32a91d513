package app.backcheck.triage;

import java.util.Set;

/**
 * One complete set of answers to the questionnaire. Field names and enum constants are
 * the public contract shared by the HTML forms and the JSON API.
 */
public record Answers(Set<EmergencySign> emergencySigns, Set<WarningSign> warningSigns, PainLocation painLocation,
		Onset onset, PainDuration duration, PreviousEpisodes previousEpisodes, int severity,
		boolean stopsDailyActivities, LegPain legPain, Set<WorseWhen> worseWhen, boolean morningStiffness,
		ImpactPain impactPain, YesNotSureNo boneTenderSpot, boolean groinPain, Set<BoneStressRisk> boneStressRisks,
		int age, LongestRun longestRun, boolean recentIncrease, YesNotSureNo unevenLanding, YesNotSureNo archedBack,
		Frequency coreTraining, Frequency backTraining, Cramps cramps, boolean tenderKnot, Drinking drinking) {

	public Answers {
		emergencySigns = Set.copyOf(emergencySigns);
		warningSigns = Set.copyOf(warningSigns);
		worseWhen = Set.copyOf(worseWhen);
		boneStressRisks = Set.copyOf(boneStressRisks);
	}

	public enum EmergencySign {

		SADDLE_NUMBNESS, BLADDER_OR_BOWEL_CHANGE, WORSENING_LEG_WEAKNESS, BOTH_LEGS, SERIOUS_ACCIDENT, CHEST_PAIN,
		VERY_UNWELL_WITH_FEVER, SUDDEN_TEARING_PAIN

	}

	public enum WarningSign {

		FEVER, UNEXPLAINED_WEIGHT_LOSS, CANCER_HISTORY, NIGHT_OR_REST_PAIN, WORSE_ON_COUGH_OR_SNEEZE,
		STEROIDS_OR_OSTEOPOROSIS, SWELLING_OR_SHAPE_CHANGE, NUMBNESS_BELOW_KNEE, INFECTION_RISK

	}

	public enum PainLocation {

		LOWER_MIDDLE, LOWER_ONE_SIDE, UPPER_BACK, ALL_OVER

	}

	public enum Onset {

		GRADUAL, HARD_EFFORT, INJURY, FALL_OR_LIFTING, SUDDEN_AT_REST, UNSURE

	}

	public enum PreviousEpisodes {

		FIRST_TIME, HAD_IT_BEFORE, NOT_SURE

	}

	public enum ImpactPain {

		YES, NO, NOT_SURE, WALKING_HURTS

	}

	public enum BoneStressRisk {

		PREVIOUS_STRESS_FRACTURE, PERIODS_STOPPED, UNDER_FUELLING

	}

	public enum PainDuration {

		LESS_THAN_A_WEEK, ONE_TO_SIX_WEEKS, MORE_THAN_SIX_WEEKS

	}

	public enum LegPain {

		NONE, ABOVE_KNEE, BELOW_KNEE, BOTH_LEGS

	}

	public enum WorseWhen {

		ARCHING_BACK, ONE_LEG_LOADING, AS_RUN_GOES_ON, HARD_EFFORT_CRAMP, BENDING_OR_SITTING

	}

	public enum LongestRun {

		UP_TO_10K, UP_TO_HALF_MARATHON, UP_TO_MARATHON, ULTRA

	}

	public enum YesNotSureNo {

		YES, NOT_SURE, NO

	}

	public enum Frequency {

		NEVER, SOMETIMES, REGULARLY

	}

	public enum Cramps {

		NO, SOMETIMES, LATE_IN_LONG_RUNS

	}

	public enum Drinking {

		RARELY, WHEN_THIRSTY, ON_A_SCHEDULE

	}

}
