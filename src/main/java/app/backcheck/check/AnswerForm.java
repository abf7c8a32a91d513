package app.backcheck.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.backcheck.result.AnswerSheet;
import app.backcheck.triage.AnswerProblem;
import app.backcheck.triage.AnswerReader;
import app.backcheck.triage.Question;
import app.backcheck.triage.Questionnaire;
import app.backcheck.triage.Section;

import org.springframework.util.MultiValueMap;

/**
 * The answers posted by a question page: every known field as sent, the current page's
 * fields and those carried from earlier pages in hidden inputs. Unknown fields are
 * dropped. On the forms, "None of these" on a set of codes is the code {@value #NONE}; a
 * ticked sign always wins over it.
 */
final class AnswerForm extends AnswerSheet {

	private final List<String> noneAndOthers;

	private AnswerForm(Map<String, List<String>> raw, List<String> noneAndOthers) {
		super(raw);
		this.noneAndOthers = noneAndOthers;
	}

	static AnswerForm from(MultiValueMap<String, String> params) {
		AnswerSheet posted = AnswerSheet.posted(params);
		List<String> noneAndOthers = new ArrayList<>();
		posted.raw().forEach((field, answers) -> {
			boolean set = Questionnaire.question(field).orElseThrow().kind() == Question.Kind.ANY_OF;
			if (set && !answers.isEmpty() && params.get(field).contains(NONE)) {
				noneAndOthers.add(field);
			}
		});
		return new AnswerForm(posted.raw(), noneAndOthers);
	}

	static AnswerForm empty() {
		return new AnswerForm(new LinkedHashMap<>(), List.of());
	}

	/**
	 * Sets where "None of these" was sent with answers, and left out: the answers win.
	 */
	List<String> noneAndOthers() {
		return this.noneAndOthers;
	}

	List<AnswerProblem> problems(Section section) {
		return AnswerReader.check(raw(), Questionnaire.in(section));
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
		return carried((field) -> Questionnaire.question(field).orElseThrow().section() != section);
	}

}
