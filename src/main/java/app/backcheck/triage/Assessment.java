package app.backcheck.triage;

import java.util.List;

/**
 * The outcome of a check. Reasons, advice and safety net are ids and message keys; the web and API layers turn
 * them into words in the reader's language.
 * @param urgencyReasons ids of every matched urgency rule, most urgent first
 * @param causes all four causes, highest score first
 * @param advice message keys of the advice that applies whatever the cause
 * @param safetyNet message keys of what to watch for, and what to do then
 */
public record Assessment(String rulesetVersion, Urgency urgency, List<String> urgencyReasons,
		List<CauseAssessment> causes, List<String> advice, List<String> safetyNet) {

	public Assessment {
		urgencyReasons = List.copyOf(urgencyReasons);
		causes = List.copyOf(causes);
		advice = List.copyOf(advice);
		safetyNet = List.copyOf(safetyNet);
	}

	public boolean seeDoctor() {
		return this.urgency.seeDoctor();
	}

	public List<CauseAssessment> likelyCauses() {
		return this.causes.stream().filter((cause) -> cause.likelihood() == Likelihood.LIKELY).toList();
	}

}
