package app.backcheck.triage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import app.backcheck.triage.AnswerProblem.Problem;
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
 * Checks raw answers (field name to the values sent, as text) against the questionnaire
 * and turns a complete, valid set into typed {@link Answers}. HTML forms and the JSON API
 * both read answers through here, so they accept and refuse exactly the same things; only
 * the API may leave out the questions added after its first version.
 */
public final class AnswerReader {

	private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");

	private AnswerReader() {
	}

	/**
	 * Every problem with the given questions' answers, in question order: each must be
	 * answered, as on the pages.
	 */
	public static List<AnswerProblem> check(Map<String, List<String>> raw, Collection<Question> questions) {
		List<AnswerProblem> problems = new ArrayList<>();
		for (Question question : questions) {
			check(question, raw.get(question.field()))
				.ifPresent((problem) -> problems.add(new AnswerProblem(question.field(), problem)));
		}
		return problems;
	}

	/** The same, except that questions an API client may leave out may be absent. */
	public static List<AnswerProblem> checkAllowingNotSent(Map<String, List<String>> raw,
			Collection<Question> questions) {
		return check(raw, questions).stream().filter((problem) -> !notSentAndOptional(raw, problem)).toList();
	}

	private static boolean notSentAndOptional(Map<String, List<String>> raw, AnswerProblem problem) {
		return problem.problem() == Problem.MISSING && !raw.containsKey(problem.field())
				&& Questionnaire.question(problem.field()).orElseThrow().optional();
	}

	/**
	 * The problem with one answer, if any; {@code values} is {@code null} when the field
	 * was not sent.
	 */
	public static Optional<Problem> check(Question question, List<String> values) {
		if (values == null) {
			return Optional.of(Problem.MISSING);
		}
		if (question.kind() == Question.Kind.ANY_OF) {
			boolean allKnown = question.codes().containsAll(values);
			return allKnown ? Optional.empty() : Optional.of(Problem.UNKNOWN_CODE);
		}
		List<String> given = values.stream().map(String::strip).filter((value) -> !value.isEmpty()).toList();
		if (given.isEmpty()) {
			return Optional.of(Problem.MISSING);
		}
		if (given.size() > 1) {
			return Optional.of(Problem.TOO_MANY_VALUES);
		}
		return checkSingle(question, given.get(0));
	}

	private static Optional<Problem> checkSingle(Question question, String value) {
		if (question.kind() != Question.Kind.WHOLE_NUMBER) {
			return question.codes().contains(value) ? Optional.empty() : Optional.of(Problem.UNKNOWN_CODE);
		}
		if (!WHOLE_NUMBER.matcher(value).matches()) {
			return Optional.of(Problem.NOT_A_WHOLE_NUMBER);
		}
		int number = Integer.parseInt(value);
		boolean inRange = number >= question.min() && number <= question.max();
		return inRange ? Optional.empty() : Optional.of(Problem.OUT_OF_RANGE);
	}

	/**
	 * Reads a complete answer set; a question an API client may leave out is read as its
	 * {@code whenNotSent}.
	 * @throws InvalidAnswersException naming every problem when any answer is missing or
	 * invalid
	 */
	public static Answers read(Map<String, List<String>> raw) {
		List<AnswerProblem> problems = checkAllowingNotSent(raw, Questionnaire.QUESTIONS);
		if (!problems.isEmpty()) {
			throw new InvalidAnswersException(problems);
		}
		Map<String, List<String>> complete = new LinkedHashMap<>(raw);
		for (Question question : Questionnaire.QUESTIONS) {
			if (question.optional()) {
				complete.putIfAbsent(question.field(), question.whenNotSent());
			}
		}
		return answers(new Values(complete));
	}

	/**
	 * The answers that are valid, in question order; a question not answered, or not
	 * validly, is left out.
	 */
	public static Map<String, List<String>> valid(Map<String, List<String>> raw) {
		Map<String, List<String>> valid = new LinkedHashMap<>();
		for (Question question : Questionnaire.QUESTIONS) {
			List<String> values = raw.get(question.field());
			if (values != null && check(question, values).isEmpty()) {
				valid.put(question.field(), values);
			}
		}
		return valid;
	}

	/**
	 * Reads valid answers given so far (see {@link #valid}), with a stand-in for each
	 * question not among them. Only for rules that read nothing but the answered
	 * questions: see {@link UrgencyRule#fields()}.
	 */
	static Answers readSoFar(Map<String, List<String>> valid) {
		Map<String, List<String>> filled = new LinkedHashMap<>();
		for (Question question : Questionnaire.QUESTIONS) {
			filled.put(question.field(), valid.getOrDefault(question.field(), standIn(question)));
		}
		return answers(new Values(filled));
	}

	private static List<String> standIn(Question question) {
		return switch (question.kind()) {
			case ANY_OF -> List.of();
			case ONE_OF, YES_NO -> List.of(question.codes().get(0));
			case WHOLE_NUMBER -> List.of(String.valueOf(question.min()));
		};
	}

	private static Answers answers(Values values) {
		return new Answers(values.set(Questionnaire.EMERGENCY_SIGNS, EmergencySign.class),
				values.set("warningSigns", WarningSign.class), values.code("painLocation", PainLocation.class),
				values.code("onset", Onset.class), values.code("duration", PainDuration.class),
				values.code("previousEpisodes", PreviousEpisodes.class), values.number("severity"),
				values.yes("stopsDailyActivities"), values.code("legPain", LegPain.class),
				values.set("worseWhen", WorseWhen.class), values.yes("morningStiffness"),
				values.code("impactPain", ImpactPain.class), values.code("boneTenderSpot", YesNotSureNo.class),
				values.yes("groinPain"), values.set("boneStressRisks", BoneStressRisk.class), values.number("age"),
				values.code("longestRun", LongestRun.class), values.yes("recentIncrease"),
				values.code("unevenLanding", YesNotSureNo.class), values.code("archedBack", YesNotSureNo.class),
				values.code("coreTraining", Frequency.class), values.code("backTraining", Frequency.class),
				values.code("cramps", Cramps.class), values.yes("tenderKnot"), values.code("drinking", Drinking.class));
	}

	private record Values(Map<String, List<String>> raw) {

		String single(String field) {
			return this.raw.get(field)
				.stream()
				.map(String::strip)
				.filter((value) -> !value.isEmpty())
				.findFirst()
				.orElseThrow();
		}

		<E extends Enum<E>> E code(String field, Class<E> type) {
			return Enum.valueOf(type, single(field));
		}

		<E extends Enum<E>> Set<E> set(String field, Class<E> type) {
			Set<E> codes = EnumSet.noneOf(type);
			this.raw.get(field).forEach((code) -> codes.add(Enum.valueOf(type, code)));
			return codes;
		}

		int number(String field) {
			return Integer.parseInt(single(field));
		}

		boolean yes(String field) {
			return Boolean.parseBoolean(single(field));
		}

	}

}
