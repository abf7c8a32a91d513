package app.backcheck.web;

import java.util.regex.Pattern;

/**
 * A name as a person typed it (their own on a Send, a coach's in a shared link), made fit
 * to show and to store.
 */
public final class TypedNames {

	/**
	 * Control characters (U+0080–U+009F too), format characters and the line and
	 * paragraph separators, which Java's {@code \s} does not match.
	 */
	private static final Pattern NOT_TEXT = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private TypedNames() {
	}

	/**
	 * What is not text becomes a space, and a run of spaces one; {@code null} when
	 * nothing is left.
	 */
	public static String clean(String typed) {
		if (typed == null) {
			return null;
		}
		String name = SPACES.matcher(NOT_TEXT.matcher(typed).replaceAll(" ")).replaceAll(" ").strip();
		return name.isEmpty() ? null : name;
	}

}
