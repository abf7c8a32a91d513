package app.backcheck.triage;

/**
 * How well a cause fits the answers. Policy: a cause is LIKELY when at least one strong
 * cue matched and the score is at least {@value #LIKELY_SCORE}; POSSIBLE when the score
 * is above zero; otherwise UNLIKELY.
 */
public enum Likelihood {

	LIKELY, POSSIBLE, UNLIKELY;

	static final int LIKELY_SCORE = 3;

	static Likelihood of(int score, boolean strongCueMatched) {
		if (strongCueMatched && score >= LIKELY_SCORE) {
			return LIKELY;
		}
		return (score > 0) ? POSSIBLE : UNLIKELY;
	}

}
