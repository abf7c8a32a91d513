package app.backcheck.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import app.backcheck.triage.Question;
import app.backcheck.triage.Questionnaire;

import org.springframework.util.MultiValueMap;

/**
 * The answers of a check as pages show them and carry them on: each known field with its
 * values in question order, and "None of these" on a set of codes kept as an empty set
 * and carried as the code {@value #NONE}. Question pages use it through {@code check}'s
 * form, result pages to list the answers and to post them again in another language.
 */
public class AnswerSheet {

	public static final String NONE = Questionnaire.NONE;

	private final Map<String, List<String>> raw;

	protected AnswerSheet(Map<String, List<String>> raw) {
		this.raw = raw;
	}

	/**
	 * The answers a form posted: every known field as sent, in question order; other
	 * fields are dropped. "None of these" on a set is left out (an empty set when it is
	 * the only value), so a ticked answer always wins over it.
	 */
	public static AnswerSheet posted(MultiValueMap<String, String> params) {
		Map<String, List<String>> raw = new LinkedHashMap<>();
		for (Question question : Questionnaire.QUESTIONS) {
			List<String> values = params.get(question.field());
			if (values != null) {
				raw.put(question.field(), (question.kind() == Question.Kind.ANY_OF) ? withoutNone(values) : values);
			}
		}
		return new AnswerSheet(raw);
	}

	private static List<String> withoutNone(List<String> values) {
		return values.stream().filter((value) -> !NONE.equals(value)).distinct().toList();
	}

	/**
	 * Answers as the rules read them, in question order; fields that are not questions
	 * are left out.
	 */
	public static AnswerSheet of(Map<String, List<String>> answers) {
		Map<String, List<String>> raw = new LinkedHashMap<>();
		for (Question question : Questionnaire.QUESTIONS) {
			if (answers.containsKey(question.field())) {
				raw.put(question.field(), answers.get(question.field()));
			}
		}
		return new AnswerSheet(raw);
	}

	public Map<String, List<String>> raw() {
		return this.raw;
	}

	public List<String> values(String field) {
		return this.raw.getOrDefault(field, List.of());
	}

	/** The single value of a field as sent, or an empty string; for text inputs. */
	public String text(String field) {
		return values(field).stream().findFirst().orElse("");
	}

	public boolean selected(String field, String code) {
		boolean set = Questionnaire.question(field)
			.map((question) -> question.kind() == Question.Kind.ANY_OF)
			.orElse(false);
		if (set && NONE.equals(code)) {
			// "None of these" is sent as NONE and kept as an empty set
			return this.raw.containsKey(field) && this.raw.get(field).isEmpty();
		}
		return values(field).contains(code);
	}

	/**
	 * Whether the question was answered at all; one not asked (after an emergency stop)
	 * was not.
	 */
	public boolean answered(String field) {
		return this.raw.containsKey(field);
	}

	/** Hidden inputs that carry every answer. */
	public List<HiddenInput> carried() {
		return carried((field) -> true);
	}

	/** Hidden inputs that carry the answers whose fields the filter keeps. */
	protected List<HiddenInput> carried(Predicate<String> fields) {
		List<HiddenInput> inputs = new ArrayList<>();
		this.raw.forEach((field, values) -> {
			if (fields.test(field)) {
				if (values.isEmpty()) {
					inputs.add(new HiddenInput(field, NONE));
				}
				values.forEach((value) -> inputs.add(new HiddenInput(field, value)));
			}
		});
		return inputs;
	}

	public record HiddenInput(String name, String value) {
	}

}
