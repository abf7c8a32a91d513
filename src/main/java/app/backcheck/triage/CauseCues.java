package app.backcheck.triage;

import static app.backcheck.triage.Cause.FACET_JOINT_IRRITATION;
import static app.backcheck.triage.Cause.MYOFASCIAL_TRIGGER_POINTS;
import static app.backcheck.triage.Cause.SACROILIAC_JOINT_DYSFUNCTION;
import static app.backcheck.triage.Cause.WEAK_MUSCLES;
import static app.backcheck.triage.CauseCue.Weight.AGAINST;
import static app.backcheck.triage.CauseCue.Weight.STRONG;
import static app.backcheck.triage.CauseCue.Weight.SUPPORTING;

import java.util.List;

import app.backcheck.triage.Answers.Cramps;
import app.backcheck.triage.Answers.Drinking;
import app.backcheck.triage.Answers.Frequency;
import app.backcheck.triage.Answers.LegPain;
import app.backcheck.triage.Answers.LongestRun;
import app.backcheck.triage.Answers.Onset;
import app.backcheck.triage.Answers.PainLocation;
import app.backcheck.triage.Answers.WorseWhen;
import app.backcheck.triage.Answers.YesNotSureNo;

/**
 * Every cue for every cause, from the source article. Policy: all cues are evaluated and
 * a cause's score is the sum of its matched cues' points. Symptoms decide, habits
 * support: only a symptom is a strong cue, so a cause is never likely on habits or
 * posture alone.
 */
public final class CauseCues {

	public static final List<CauseCue> ALL = List.of(
			new CauseCue("FACET_WORSE_ARCHING_BACK", FACET_JOINT_IRRITATION, STRONG,
					(answers) -> answers.worseWhen().contains(WorseWhen.ARCHING_BACK)),
			new CauseCue("FACET_ARCHED_BACK", FACET_JOINT_IRRITATION, SUPPORTING,
					(answers) -> answers.archedBack() == YesNotSureNo.YES),
			new CauseCue("FACET_MAYBE_ARCHED_BACK", FACET_JOINT_IRRITATION, SUPPORTING,
					(answers) -> answers.archedBack() == YesNotSureNo.NOT_SURE),
			new CauseCue("FACET_NO_CORE_TRAINING", FACET_JOINT_IRRITATION, SUPPORTING,
					(answers) -> answers.coreTraining() == Frequency.NEVER),
			new CauseCue("FACET_LOWER_MIDDLE", FACET_JOINT_IRRITATION, SUPPORTING,
					(answers) -> answers.painLocation() == PainLocation.LOWER_MIDDLE),
			new CauseCue("FACET_WORSE_BENDING_OR_SITTING", FACET_JOINT_IRRITATION, AGAINST,
					(answers) -> answers.worseWhen().contains(WorseWhen.BENDING_OR_SITTING)),

			new CauseCue("SI_ONE_SIDE", SACROILIAC_JOINT_DYSFUNCTION, STRONG,
					(answers) -> answers.painLocation() == PainLocation.LOWER_ONE_SIDE),
			new CauseCue("SI_UNEVEN_LANDING", SACROILIAC_JOINT_DYSFUNCTION, SUPPORTING,
					(answers) -> answers.unevenLanding() == YesNotSureNo.YES),
			new CauseCue("SI_WORSE_ONE_LEG_LOADING", SACROILIAC_JOINT_DYSFUNCTION, STRONG,
					(answers) -> answers.worseWhen().contains(WorseWhen.ONE_LEG_LOADING)),
			new CauseCue("SI_MAYBE_UNEVEN_LANDING", SACROILIAC_JOINT_DYSFUNCTION, SUPPORTING,
					(answers) -> answers.unevenLanding() == YesNotSureNo.NOT_SURE),
			new CauseCue("SI_PAIN_ABOVE_KNEE", SACROILIAC_JOINT_DYSFUNCTION, SUPPORTING,
					(answers) -> answers.legPain() == LegPain.ABOVE_KNEE),

			new CauseCue("MUSCLES_WORSE_AS_RUN_GOES_ON", WEAK_MUSCLES, STRONG,
					(answers) -> answers.worseWhen().contains(WorseWhen.AS_RUN_GOES_ON)),
			new CauseCue("MUSCLES_NO_BACK_TRAINING", WEAK_MUSCLES, SUPPORTING,
					(answers) -> answers.backTraining() == Frequency.NEVER),
			new CauseCue("MUSCLES_NO_CORE_TRAINING", WEAK_MUSCLES, SUPPORTING,
					(answers) -> answers.coreTraining() == Frequency.NEVER),
			new CauseCue("MUSCLES_RECENT_INCREASE", WEAK_MUSCLES, SUPPORTING, Answers::recentIncrease),
			new CauseCue("MUSCLES_GRADUAL_ONSET", WEAK_MUSCLES, SUPPORTING,
					(answers) -> answers.onset() == Onset.GRADUAL),
			new CauseCue("MUSCLES_SOME_BACK_TRAINING", WEAK_MUSCLES, SUPPORTING,
					(answers) -> answers.backTraining() == Frequency.SOMETIMES),

			new CauseCue("TRIGGER_CRAMPS_LATE_IN_LONG_RUNS", MYOFASCIAL_TRIGGER_POINTS, STRONG,
					(answers) -> answers.cramps() == Cramps.LATE_IN_LONG_RUNS),
			new CauseCue("TRIGGER_TENDER_KNOT", MYOFASCIAL_TRIGGER_POINTS, STRONG, Answers::tenderKnot),
			new CauseCue("TRIGGER_HARD_EFFORT_CRAMP", MYOFASCIAL_TRIGGER_POINTS, STRONG,
					(answers) -> answers.worseWhen().contains(WorseWhen.HARD_EFFORT_CRAMP)),
			new CauseCue("TRIGGER_SOME_CRAMPS", MYOFASCIAL_TRIGGER_POINTS, SUPPORTING,
					(answers) -> answers.cramps() == Cramps.SOMETIMES),
			new CauseCue("TRIGGER_HARD_EFFORT_ONSET", MYOFASCIAL_TRIGGER_POINTS, SUPPORTING,
					(answers) -> answers.onset() == Onset.HARD_EFFORT),
			new CauseCue("TRIGGER_LONG_DISTANCE", MYOFASCIAL_TRIGGER_POINTS, SUPPORTING,
					(answers) -> answers.longestRun() == LongestRun.UP_TO_MARATHON
							|| answers.longestRun() == LongestRun.ULTRA),
			new CauseCue("TRIGGER_RARELY_DRINKS", MYOFASCIAL_TRIGGER_POINTS, SUPPORTING,
					(answers) -> answers.drinking() == Drinking.RARELY));

	private CauseCues() {
	}

}
