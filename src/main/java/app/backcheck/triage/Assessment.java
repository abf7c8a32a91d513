package app.backcheck.triage;

import java.util.List;

/**
 * The outcome of a check. Reasons, advice and safety net are ids and message keys; the
 * web and API layers turn them into words in the reader's language.
 *
 * @param urgencyReasons ids of every matched urgency rule, most urgent first
 * @param stopRunning whether to stop running until checked: for EMERGENCY and URGENT, and
 * for signs of a stress fracture (or a risk of one with pain that fits)
 * @param stressFracture whether a rule about a stress fracture matched: the person should
 * be seen within a few days
 * @param causes all four causes, highest score first; none for a check stopped at an
 * emergency
 * @param advice message keys of the advice that applies whatever the cause
 * @param safetyNet message keys of what to watch for, and what to do then
 */
public record Assessment(String rulesetVersion, Urgency urgency, List<String> urgencyReasons, boolean stopRunning,
		boolean stressFracture, List<CauseAssessment> causes, List<String> advice, List<String> safetyNet) {

	public Assessment {
		urgencyReasons = List.copyOf(urgencyReasons);
		causes = List.copyOf(causes);
		advice = List.copyOf(advice);
		safetyNet = List.copyOf(safetyNet);
	}

	public boolean seeDoctor() {
		return this.urgency.seeDoctor();
	}

	/** Message key of what to do now, the care card's main line. */
	public String action() {
		String key = "urgency." + this.urgency + ".action";
		if (this.urgency != Urgency.SEE_DOCTOR) {
			return key;
		}
		if (this.stopRunning) {
			return key + ".stop-running";
		}
		return this.stressFracture ? key + ".soon" : key;
	}

	/**
	 * Message key of a line before the causes when they must wait for a doctor, or
	 * {@code null}.
	 */
	public String causesNote() {
		if (!this.stopRunning || this.urgency == Urgency.EMERGENCY) {
			return null;
		}
		return this.stressFracture ? "result.causes.after-stress-fracture" : "result.causes.after-doctor";
	}

	public List<CauseAssessment> likelyCauses() {
		return this.causes.stream().filter((cause) -> cause.likelihood() == Likelihood.LIKELY).toList();
	}

}
