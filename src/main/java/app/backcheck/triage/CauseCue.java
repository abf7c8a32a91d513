package app.backcheck.triage;

import java.util.function.Predicate;

/**
 * An answer that points towards (or away from) one cause. The id names the cue in results
 * and in the rules page.
 */
public record CauseCue(String id, Cause cause, Weight weight, Predicate<Answers> condition) {

	public boolean matches(Answers answers) {
		return this.condition.test(answers);
	}

	public enum Weight {

		/** Enough on its own to make the cause likely. */
		STRONG(3),
		/** Adds to the score, never enough on its own. */
		SUPPORTING(1),
		/** Points away from the cause. */
		AGAINST(-2);

		private final int points;

		Weight(int points) {
			this.points = points;
		}

		public int points() {
			return this.points;
		}

	}

}
