package app.backcheck.triage;

import java.util.Arrays;
import java.util.List;

/**
 * One question of the contract: its field name, what kind of answer it takes, its page and its allowed values.
 */
public record Question(String field, Kind kind, Section section, List<String> codes, int min, int max) {

	public enum Kind {

		/** Exactly one code. */
		ONE_OF,
		/** A set of codes; an empty set means none of them. */
		ANY_OF,
		/** {@code true} or {@code false}. */
		YES_NO,
		/** A whole number from {@code min} to {@code max}. */
		WHOLE_NUMBER

	}

	static Question oneOf(String field, Section section, Class<? extends Enum<?>> codes) {
		return new Question(field, Kind.ONE_OF, section, namesOf(codes), 0, 0);
	}

	static Question anyOf(String field, Section section, Class<? extends Enum<?>> codes) {
		return new Question(field, Kind.ANY_OF, section, namesOf(codes), 0, 0);
	}

	static Question yesNo(String field, Section section) {
		return new Question(field, Kind.YES_NO, section, List.of("true", "false"), 0, 0);
	}

	static Question wholeNumber(String field, Section section, int min, int max) {
		return new Question(field, Kind.WHOLE_NUMBER, section, List.of(), min, max);
	}

	private static List<String> namesOf(Class<? extends Enum<?>> codes) {
		return Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList();
	}

}
