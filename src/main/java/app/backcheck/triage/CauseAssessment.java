package app.backcheck.triage;

import java.util.List;

/**
 * How well one cause fits: its likelihood, its score and the ids of the cues that matched, strongest first.
 */
public record CauseAssessment(Cause cause, Likelihood likelihood, int score, List<String> reasons) {

	public CauseAssessment {
		reasons = List.copyOf(reasons);
	}

	/** Message keys of the advice for this cause. */
	public List<String> advice() {
		return this.cause.advice();
	}

}
