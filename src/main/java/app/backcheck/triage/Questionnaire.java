package app.backcheck.triage;

import static app.backcheck.triage.Question.anyOf;
import static app.backcheck.triage.Question.oneOf;
import static app.backcheck.triage.Question.wholeNumber;
import static app.backcheck.triage.Question.yesNo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.backcheck.triage.Answers.BoneStressRisk;
import app.backcheck.triage.Answers.Cramps;
import app.backcheck.triage.Answers.Drinking;
import app.backcheck.triage.Answers.EmergencySign;
import app.backcheck.triage.Answers.Frequency;
import app.backcheck.triage.Answers.ImpactPain;
import app.backcheck.triage.Answers.LegPain;
import app.backcheck.triage.Answers.LongestRun;
import app.backcheck.triage.Answers.Onset;
import app.backcheck.triage.Answers.PainDuration;
import app.backcheck.triage.Answers.PainLocation;
import app.backcheck.triage.Answers.PreviousEpisodes;
import app.backcheck.triage.Answers.WarningSign;
import app.backcheck.triage.Answers.WorseWhen;
import app.backcheck.triage.Answers.YesNotSureNo;

/**
 * Every question in the order it is asked. Pages, the questionnaire API and answer
 * checking are all generated from this one list.
 */
public final class Questionnaire {

	/** Version of the questions and rules together; shown on every result. */
	public static final String RULESET_VERSION = "2.0.0";

	/** The first question: any emergency sign ends the check there. */
	public static final String EMERGENCY_SIGNS = "emergencySigns";

	/**
	 * The code for "none of these" on a set of codes, in the forms and in FHIR answers.
	 */
	public static final String NONE = "NONE";

	public static final List<Question> QUESTIONS = List.of(
			anyOf(EMERGENCY_SIGNS, Section.EMERGENCY_SIGNS, EmergencySign.class),
			anyOf("warningSigns", Section.WARNING_SIGNS, WarningSign.class),
			oneOf("painLocation", Section.WHERE_IT_HURTS, PainLocation.class),
			oneOf("legPain", Section.WHERE_IT_HURTS, LegPain.class),
			wholeNumber("severity", Section.WHERE_IT_HURTS, 0, 10),
			yesNo("stopsDailyActivities", Section.WHERE_IT_HURTS), oneOf("onset", Section.HOW_IT_STARTED, Onset.class),
			oneOf("duration", Section.HOW_IT_STARTED, PainDuration.class),
			oneOf("previousEpisodes", Section.HOW_IT_STARTED, PreviousEpisodes.class).addedLater("NOT_SURE"),
			anyOf("worseWhen", Section.HOW_IT_STARTED, WorseWhen.class),
			yesNo("morningStiffness", Section.HOW_IT_STARTED),
			// Not sent, or "not sure": no bone rule matches on that alone
			oneOf("impactPain", Section.BONE_STRESS, ImpactPain.class).addedLater("NOT_SURE"),
			oneOf("boneTenderSpot", Section.BONE_STRESS, YesNotSureNo.class).addedLater("NOT_SURE"),
			yesNo("groinPain", Section.BONE_STRESS).addedLater("false"),
			anyOf("boneStressRisks", Section.BONE_STRESS, BoneStressRisk.class).addedLater(),
			wholeNumber("age", Section.YOUR_RUNNING, 5, 110),
			oneOf("longestRun", Section.YOUR_RUNNING, LongestRun.class), yesNo("recentIncrease", Section.YOUR_RUNNING),
			oneOf("unevenLanding", Section.YOUR_RUNNING, YesNotSureNo.class),
			oneOf("archedBack", Section.YOUR_RUNNING, YesNotSureNo.class),
			oneOf("coreTraining", Section.TRAINING, Frequency.class),
			oneOf("backTraining", Section.TRAINING, Frequency.class), oneOf("cramps", Section.TRAINING, Cramps.class),
			yesNo("tenderKnot", Section.TRAINING), oneOf("drinking", Section.TRAINING, Drinking.class));

	private Questionnaire() {
	}

	public static List<Question> in(Section section) {
		return QUESTIONS.stream().filter((question) -> question.section() == section).toList();
	}

	/**
	 * The answers to the questions that were asked: after an emergency sign nothing else
	 * is asked, so only the signs are kept; otherwise every valid answer, so that a check
	 * stopped early keeps what it was told and nothing it could not read. Raw answers as
	 * forms and the API send them, "none of these" as an empty set.
	 */
	public static Map<String, List<String>> asked(Map<String, List<String>> answers) {
		Map<String, List<String>> valid = AnswerReader.valid(answers);
		List<String> signs = valid.getOrDefault(EMERGENCY_SIGNS, List.of());
		return signs.isEmpty() ? valid : Map.of(EMERGENCY_SIGNS, signs);
	}

	/** The questions these answers leave out, in question order. */
	public static List<String> notSent(Map<String, List<String>> answers) {
		return QUESTIONS.stream()
			.filter((question) -> !answers.containsKey(question.field()))
			.map(Question::field)
			.toList();
	}

	public static Optional<Question> question(String field) {
		return QUESTIONS.stream().filter((question) -> question.field().equals(field)).findFirst();
	}

}
