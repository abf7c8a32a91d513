package app.backcheck.triage;

/**
 * What is wrong with the answer to one field.
 */
public record AnswerProblem(String field, Problem problem) {

	public enum Problem {

		MISSING, UNKNOWN_CODE, TOO_MANY_VALUES, NOT_A_WHOLE_NUMBER, OUT_OF_RANGE, WRONG_TYPE, UNKNOWN_FIELD

	}

}
