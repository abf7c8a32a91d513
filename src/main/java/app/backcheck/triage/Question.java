package app.backcheck.triage;

import java.util.Arrays;
import java.util.List;

/**
 * One question of the contract: its field name, what kind of answer it takes, its page
 * and its allowed values. The pages always ask every question; API clients may leave out
 * the questions added after the first version, which are then read as {@code whenNotSent}
 * ({@code null} for a question every client must answer).
 */
public record Question(String field, Kind kind, Section section, List<String> codes, int min, int max,
		List<String> whenNotSent) {

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

	/** Whether an API client may leave this question out. */
	public boolean optional() {
		return this.whenNotSent != null;
	}

	/**
	 * The same question, which API clients of the first version do not send: read as
	 * {@code values} then.
	 */
	Question addedLater(String... values) {
		return new Question(this.field, this.kind, this.section, this.codes, this.min, this.max, List.of(values));
	}

	static Question oneOf(String field, Section section, Class<? extends Enum<?>> codes) {
		return new Question(field, Kind.ONE_OF, section, namesOf(codes), 0, 0, null);
	}

	static Question anyOf(String field, Section section, Class<? extends Enum<?>> codes) {
		return new Question(field, Kind.ANY_OF, section, namesOf(codes), 0, 0, null);
	}

	static Question yesNo(String field, Section section) {
		return new Question(field, Kind.YES_NO, section, List.of("true", "false"), 0, 0, null);
	}

	static Question wholeNumber(String field, Section section, int min, int max) {
		return new Question(field, Kind.WHOLE_NUMBER, section, List.of(), min, max, null);
	}

	private static List<String> namesOf(Class<? extends Enum<?>> codes) {
		return Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList();
	}

}
