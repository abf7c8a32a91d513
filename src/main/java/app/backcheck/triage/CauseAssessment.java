package app.backcheck.triage;

import java.util.List;

/**
 * How well one cause fits: its likelihood, its score, the ids of the cues that matched
 * (strongest first) and the message keys of its advice (none while the person should stop
 * running).
 */
public record CauseAssessment(Cause cause, Likelihood likelihood, int score, List<String> reasons,
		List<String> advice) {

	public CauseAssessment {
		reasons = List.copyOf(reasons);
		advice = List.copyOf(advice);
	}

}
