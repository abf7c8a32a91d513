package app.backcheck.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Set;

import app.backcheck.triage.AnswerProblem.Problem;
import app.backcheck.triage.Answers.PainLocation;
import app.backcheck.triage.Answers.WorseWhen;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerReaderTests {

	@Test
	void readShouldTurnRawAnswersIntoTypedAnswers() {
		Answers answers = TestAnswers.baseline()
			.with("painLocation=LOWER_ONE_SIDE; worseWhen=ARCHING_BACK, AS_RUN_GOES_ON; severity= 7 ; tenderKnot=true")
			.answers();
		assertThat(answers.painLocation()).isEqualTo(PainLocation.LOWER_ONE_SIDE);
		assertThat(answers.worseWhen()).isEqualTo(Set.of(WorseWhen.ARCHING_BACK, WorseWhen.AS_RUN_GOES_ON));
		assertThat(answers.severity()).isEqualTo(7);
		assertThat(answers.tenderKnot()).isTrue();
		assertThat(answers.emergencySigns()).isEmpty();
	}

	@ParameterizedTest(name = "{0}={1} -> {2}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			painLocation   | NOWHERE     | UNKNOWN_CODE
			painLocation   | ''          | MISSING
			painLocation   | lower_middle| UNKNOWN_CODE
			worseWhen      | SITTING     | UNKNOWN_CODE
			severity       | abc         | NOT_A_WHOLE_NUMBER
			severity       | 7.5         | NOT_A_WHOLE_NUMBER
			severity       | 11          | OUT_OF_RANGE
			severity       | -1          | OUT_OF_RANGE
			severity       | 99999999999 | NOT_A_WHOLE_NUMBER
			age            | 4           | OUT_OF_RANGE
			age            | 111         | OUT_OF_RANGE
			age            | '   '       | MISSING
			tenderKnot     | maybe       | UNKNOWN_CODE
			tenderKnot     | TRUE        | UNKNOWN_CODE
			""")
	void checkShouldNameTheProblemWithABadAnswer(String field, String value, Problem problem) {
		List<AnswerProblem> problems = AnswerReader.check(TestAnswers.baseline().with(field, value).raw(),
				Questionnaire.QUESTIONS);
		assertThat(problems).containsExactly(new AnswerProblem(field, problem));
	}

	@Test
	void checkShouldNameEveryMissingAnswerInQuestionOrder() {
		List<AnswerProblem> problems = AnswerReader
			.check(TestAnswers.baseline().without("age").without("emergencySigns").raw(), Questionnaire.QUESTIONS);
		assertThat(problems).containsExactly(new AnswerProblem("emergencySigns", Problem.MISSING),
				new AnswerProblem("age", Problem.MISSING));
	}

	@Test
	void checkShouldRefuseTwoValuesForAOneAnswerQuestion() {
		assertThat(AnswerReader.check(Questionnaire.question("onset").orElseThrow(), List.of("GRADUAL", "INJURY")))
			.contains(Problem.TOO_MANY_VALUES);
	}

	@Test
	void checkShouldAcceptAnEmptySetAsNoneOfThese() {
		assertThat(AnswerReader.check(Questionnaire.question("warningSigns").orElseThrow(), List.of())).isEmpty();
	}

	@Test
	void readWhenAnswersAreInvalidShouldThrowWithEveryProblem() {
		assertThatExceptionOfType(InvalidAnswersException.class)
			.isThrownBy(() -> TestAnswers.baseline().with("age", "x").without("cramps").answers())
			.satisfies(
					(ex) -> assertThat(ex.problems()).extracting(AnswerProblem::field).containsExactly("age", "cramps"))
			.withMessageNotContaining("x");
	}

	@Test
	void questionFieldsShouldBeTheAnswersRecordComponents() {
		assertThat(Questionnaire.QUESTIONS).extracting(Question::field)
			.containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(Answers.class.getRecordComponents())
				.map(java.lang.reflect.RecordComponent::getName)
				.toList());
	}

	@Test
	void sectionsShouldBeAskedEmergencySignsFirstAndEachShouldHaveQuestions() {
		assertThat(Section.values()[0]).isEqualTo(Section.EMERGENCY_SIGNS);
		assertThat(Questionnaire.in(Section.EMERGENCY_SIGNS)).extracting(Question::field)
			.containsExactly("emergencySigns");
		assertThat(Section.values()).allSatisfy((section) -> assertThat(Questionnaire.in(section)).isNotEmpty());
	}

}
