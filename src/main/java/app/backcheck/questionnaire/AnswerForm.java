package app.backcheck.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.backcheck.triage.AnswerProblem;
import app.backcheck.triage.AnswerReader;
import app.backcheck.triage.Question;
import app.backcheck.triage.Questionnaire;
import app.backcheck.triage.Section;

import org.springframework.util.MultiValueMap;

/**
 * The answers posted by a question page: every known field as sent, the current page's fields and those carried
 * from earlier pages in hidden inputs. Unknown fields are dropped. On the forms, "None of these" on a set of codes
 * is the code {@value #NONE}; a ticked sign always wins over it.
 */
public final class AnswerForm {

	static final String NONE = Questionnaire.NONE;

	private final Map<String, List<String>> raw;

	private AnswerForm(Map<String, List<String>> raw) {
		this.raw = raw;
	}

	static AnswerForm from(MultiValueMap<String, String> params) {
		Map<String, List<String>> raw = new LinkedHashMap<>();
		for (Question question : Questionnaire.QUESTIONS) {
			List<String> values = params.get(question.field());
			if (values != null) {
				raw.put(question.field(), (question.kind() == Question.Kind.ANY_OF) ? withoutNone(values) : values);
			}
		}
		return new AnswerForm(raw);
	}

	/** Answers that were valid when sealed into a share link. */
	static AnswerForm of(Map<String, List<String>> answers) {
		Map<String, List<String>> raw = new LinkedHashMap<>();
		for (Question question : Questionnaire.QUESTIONS) {
			if (answers.containsKey(question.field())) {
				raw.put(question.field(), answers.get(question.field()));
			}
		}
		return new AnswerForm(raw);
	}

	private static List<String> withoutNone(List<String> values) {
		return values.stream().filter((value) -> !NONE.equals(value)).distinct().toList();
	}

	Map<String, List<String>> raw() {
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
		boolean set = Questionnaire.question(field).map((question) -> question.kind() == Question.Kind.ANY_OF)
			.orElse(false);
		if (set && NONE.equals(code)) {
			// "None of these" is sent as NONE and kept as an empty set
			return this.raw.containsKey(field) && this.raw.get(field).isEmpty();
		}
		return values(field).contains(code);
	}

	/** Whether the question was answered at all; one not asked (after an emergency stop) was not. */
	public boolean answered(String field) {
		return this.raw.containsKey(field);
	}

	List<AnswerProblem> problems(Section section) {
		return AnswerReader.check(this.raw, Questionnaire.in(section));
	}

	Optional<Section> firstIncomplete() {
		for (Section section : Section.values()) {
			if (!problems(section).isEmpty()) {
				return Optional.of(section);
			}
		}
		return Optional.empty();
	}

	/** Hidden inputs that carry every answer given outside this page. */
	public List<HiddenInput> carriedOutside(Section section) {
		List<HiddenInput> inputs = new ArrayList<>();
		this.raw.forEach((field, values) -> {
			if (Questionnaire.question(field).orElseThrow().section() != section) {
				addInputs(inputs, field, values);
			}
		});
		return inputs;
	}

	/** Hidden inputs that carry every answer. */
	public List<HiddenInput> carried() {
		List<HiddenInput> inputs = new ArrayList<>();
		this.raw.forEach((field, values) -> addInputs(inputs, field, values));
		return inputs;
	}

	private static void addInputs(List<HiddenInput> inputs, String field, List<String> values) {
		if (values.isEmpty()) {
			inputs.add(new HiddenInput(field, NONE));
		}
		values.forEach((value) -> inputs.add(new HiddenInput(field, value)));
	}

	public record HiddenInput(String name, String value) {
	}

}
