package app.backcheck.triage;

import java.util.List;

/**
 * Thrown when answers cannot be read; carries every problem found.
 */
public class InvalidAnswersException extends RuntimeException {

	private final List<AnswerProblem> problems;

	public InvalidAnswersException(List<AnswerProblem> problems) {
		super(problems.size() + " answer problem(s)");
		this.problems = List.copyOf(problems);
	}

	public List<AnswerProblem> problems() {
		return this.problems;
	}

}
