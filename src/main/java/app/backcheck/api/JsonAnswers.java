package app.backcheck.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.backcheck.triage.AnswerProblem;
import app.backcheck.triage.AnswerProblem.Problem;
import app.backcheck.triage.AnswerReader;
import app.backcheck.triage.Question;
import app.backcheck.triage.Questionnaire;

import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON object of answers: checks each value's JSON type, then hands the values to
 * {@link AnswerReader} so that the API accepts exactly what the forms accept. Every
 * problem is collected, not just the first.
 */
final class JsonAnswers {

	/** Longest field name echoed back in a problem. */
	private static final int MAX_NAME = 64;

	private JsonAnswers() {
	}

	record Read(Map<String, List<String>> raw, List<AnswerProblem> problems) {
	}

	static Read read(JsonNode body) {
		if (body == null || !body.isObject()) {
			return new Read(Map.of(), List.of(new AnswerProblem("$", Problem.WRONG_TYPE)));
		}
		Map<String, List<String>> raw = new LinkedHashMap<>();
		Map<String, Problem> typeProblems = new HashMap<>();
		List<AnswerProblem> unknown = new ArrayList<>();
		for (Map.Entry<String, JsonNode> property : body.properties()) {
			String name = property.getKey();
			Optional<Question> question = Questionnaire.question(name);
			if (question.isEmpty()) {
				unknown.add(new AnswerProblem(shortened(name), Problem.UNKNOWN_FIELD));
				continue;
			}
			JsonNode value = property.getValue();
			if (value.isNull()) {
				continue;
			}
			Optional<List<String>> values = values(question.get(), value);
			if (values.isPresent()) {
				raw.put(name, values.get());
			}
			else {
				typeProblems.put(name, wrongType(question.get(), value));
			}
		}
		List<AnswerProblem> problems = new ArrayList<>();
		for (AnswerProblem problem : AnswerReader.checkAllowingNotSent(raw, Questionnaire.QUESTIONS)) {
			Problem typeProblem = typeProblems.remove(problem.field());
			problems.add((typeProblem != null) ? new AnswerProblem(problem.field(), typeProblem) : problem);
		}
		// A question that may be left out is still refused when it is sent with the wrong
		// type
		Questionnaire.QUESTIONS.stream()
			.filter((question) -> typeProblems.containsKey(question.field()))
			.map((question) -> new AnswerProblem(question.field(), typeProblems.get(question.field())))
			.forEach(problems::add);
		problems.addAll(unknown);
		return new Read(raw, problems);
	}

	private static Optional<List<String>> values(Question question, JsonNode value) {
		return switch (question.kind()) {
			case ANY_OF -> codes(value);
			case ONE_OF -> value.isString() ? Optional.of(List.of(value.stringValue())) : Optional.empty();
			case YES_NO ->
				value.isBoolean() ? Optional.of(List.of(String.valueOf(value.booleanValue()))) : Optional.empty();
			case WHOLE_NUMBER -> (value.isIntegralNumber() && value.canConvertToInt())
					? Optional.of(List.of(String.valueOf(value.intValue()))) : Optional.empty();
		};
	}

	private static Optional<List<String>> codes(JsonNode value) {
		if (!value.isArray()) {
			return Optional.empty();
		}
		List<String> codes = new ArrayList<>();
		for (JsonNode element : value) {
			if (!element.isString()) {
				return Optional.empty();
			}
			codes.add(element.stringValue());
		}
		return Optional.of(codes.stream().distinct().toList());
	}

	private static Problem wrongType(Question question, JsonNode value) {
		if (question.kind() == Question.Kind.WHOLE_NUMBER && value.isNumber()) {
			return value.isIntegralNumber() ? Problem.OUT_OF_RANGE : Problem.NOT_A_WHOLE_NUMBER;
		}
		return Problem.WRONG_TYPE;
	}

	/**
	 * An unknown field's name as echoed back: short, and with anything but letters,
	 * digits, "_", "-", "." as "_".
	 */
	private static String shortened(String name) {
		String shown = (name.length() <= MAX_NAME) ? name : name.substring(0, MAX_NAME);
		return shown.replaceAll("[^A-Za-z0-9_.-]", "_");
	}

}
