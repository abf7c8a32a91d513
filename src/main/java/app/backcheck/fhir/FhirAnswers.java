package app.backcheck.fhir;

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
 * Reads an R4 QuestionnaireResponse that a clinic's system sends instead of BackCheck's
 * own JSON. Each problem names the item's linkId. As in the JSON API, the questions added
 * after the first version may be left out, and answers that already need help now are
 * enough on their own (the caller asks the triage for that before the problems).
 */
public final class FhirAnswers {

	/** HL7 FHIR's JSON, in which FHIR resources are sent and answered. */
	public static final String MEDIA_TYPE = "application/fhir+json";

	private FhirAnswers() {
	}

	/** The answers read and every problem found. */
	public record Read(Map<String, List<String>> raw, List<AnswerProblem> problems) {
	}

	public static Read read(JsonNode body) {
		if (body == null || !body.isObject() || !"QuestionnaireResponse".equals(text(body.get("resourceType")))) {
			return new Read(Map.of(), List.of(new AnswerProblem("resourceType", Problem.WRONG_TYPE)));
		}
		Map<String, List<String>> raw = new LinkedHashMap<>();
		Map<String, Problem> itemProblems = new HashMap<>();
		List<AnswerProblem> unknown = new ArrayList<>();
		JsonNode items = body.get("item");
		if (items != null && !items.isArray()) {
			return new Read(Map.of(), List.of(new AnswerProblem("item", Problem.WRONG_TYPE)));
		}
		for (JsonNode item : (items != null) ? items : List.<JsonNode>of()) {
			String linkId = text(item.get("linkId"));
			Optional<Question> question = Questionnaire.question((linkId != null) ? linkId : "");
			if (question.isEmpty()) {
				unknown.add(new AnswerProblem(safe(linkId), Problem.UNKNOWN_FIELD));
			}
			else if (raw.containsKey(linkId) || itemProblems.containsKey(linkId)) {
				itemProblems.put(linkId, Problem.TOO_MANY_VALUES);
			}
			else {
				values(question.get(), item.get("answer")).ifPresentOrElse((values) -> raw.put(linkId, values),
						() -> itemProblems.put(linkId, Problem.WRONG_TYPE));
			}
		}
		List<AnswerProblem> problems = new ArrayList<>();
		for (AnswerProblem problem : AnswerReader.checkAllowingNotSent(raw, Questionnaire.QUESTIONS)) {
			Problem itemProblem = itemProblems.remove(problem.field());
			problems.add((itemProblem != null) ? new AnswerProblem(problem.field(), itemProblem) : problem);
		}
		itemProblems.forEach((field, problem) -> problems.add(new AnswerProblem(field, problem)));
		problems.addAll(unknown);
		return new Read(raw, problems);
	}

	private static Optional<List<String>> values(Question question, JsonNode answers) {
		if (answers == null || !answers.isArray() || answers.isEmpty()) {
			return Optional.empty();
		}
		List<String> values = new ArrayList<>();
		for (JsonNode answer : answers) {
			Optional<String> value = value(question, answer);
			if (value.isEmpty()) {
				return Optional.empty();
			}
			values.add(value.get());
		}
		if (question.kind() == Question.Kind.ANY_OF) {
			boolean none = values.contains(Questionnaire.NONE);
			return (none && values.size() > 1) ? Optional.empty() : Optional.of(none ? List.of() : values);
		}
		return Optional.of(values);
	}

	private static Optional<String> value(Question question, JsonNode answer) {
		return switch (question.kind()) {
			case ONE_OF, ANY_OF ->
				Optional.ofNullable(answer.get("valueCoding")).map((coding) -> text(coding.get("code")));
			case YES_NO -> Optional.ofNullable(answer.get("valueBoolean"))
				.filter(JsonNode::isBoolean)
				.map((value) -> String.valueOf(value.booleanValue()));
			case WHOLE_NUMBER -> Optional.ofNullable(answer.get("valueInteger"))
				.filter((value) -> value.isIntegralNumber() && value.canConvertToInt())
				.map((value) -> String.valueOf(value.intValue()));
		};
	}

	private static String text(JsonNode node) {
		return (node != null && node.isString()) ? node.stringValue() : null;
	}

	private static String safe(String linkId) {
		String shown = (linkId != null) ? linkId : "";
		return (shown.length() > 64 ? shown.substring(0, 64) : shown).replaceAll("[^A-Za-z0-9_.-]", "_");
	}

}
