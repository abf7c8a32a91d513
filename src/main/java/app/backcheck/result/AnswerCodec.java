package app.backcheck.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.backcheck.triage.Question;
import app.backcheck.triage.Questionnaire;

/**
 * A short text form of raw answers, so that share links stay short: one part per question
 * in questionnaire order, separated by dots; empty for a question not asked. A set is a
 * bit mask of its codes, a single code its index, a number itself.
 */
final class AnswerCodec {

	private static final String SEPARATOR = ".";

	private AnswerCodec() {
	}

	static String encode(Map<String, List<String>> answers) {
		List<String> parts = new ArrayList<>();
		for (Question question : Questionnaire.QUESTIONS) {
			List<String> values = answers.get(question.field());
			parts.add((values != null) ? encode(question, values) : "");
		}
		return String.join(SEPARATOR, parts);
	}

	private static String encode(Question question, List<String> values) {
		return switch (question.kind()) {
			case ANY_OF -> String.valueOf(values.stream().mapToInt((code) -> 1 << index(question, code)).sum());
			case ONE_OF, YES_NO -> String.valueOf(index(question, values.get(0).strip()));
			case WHOLE_NUMBER -> String.valueOf(Integer.parseInt(values.get(0).strip()));
		};
	}

	private static int index(Question question, String code) {
		int index = question.codes().indexOf(code);
		if (index < 0) {
			throw new IllegalArgumentException("Not a code of " + question.field());
		}
		return index;
	}

	/**
	 * @throws IllegalArgumentException when the text is not an encoding made here
	 */
	static Map<String, List<String>> decode(String text) {
		String[] parts = text.split("\\.", -1);
		if (parts.length != Questionnaire.QUESTIONS.size()) {
			throw new IllegalArgumentException("Wrong number of answers");
		}
		Map<String, List<String>> answers = new LinkedHashMap<>();
		for (int i = 0; i < parts.length; i++) {
			Question question = Questionnaire.QUESTIONS.get(i);
			if (!parts[i].isEmpty()) {
				answers.put(question.field(), decode(question, Integer.parseInt(parts[i])));
			}
		}
		return answers;
	}

	private static List<String> decode(Question question, int value) {
		List<String> codes = question.codes();
		return switch (question.kind()) {
			case ANY_OF -> {
				if (value < 0 || value >= (1 << codes.size())) {
					throw new IllegalArgumentException("Not a set of " + question.field());
				}
				List<String> set = new ArrayList<>();
				for (int bit = 0; bit < codes.size(); bit++) {
					if ((value & (1 << bit)) != 0) {
						set.add(codes.get(bit));
					}
				}
				yield set;
			}
			case ONE_OF, YES_NO -> List.of(codes.get(value));
			case WHOLE_NUMBER -> List.of(String.valueOf(value));
		};
	}

}
