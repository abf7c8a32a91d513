package app.backcheck.triage;

/**
 * How soon to get help, lowest first so that the highest matched urgency wins.
 */
public enum Urgency {

	/** Look after it at home, with a safety net. */
	SELF_CARE,
	/** Book a doctor or physiotherapist in the next week or two. */
	SEE_DOCTOR,
	/** Speak to a doctor today. */
	URGENT,
	/** Go to an emergency department or call the emergency number now. */
	EMERGENCY;

	public boolean seeDoctor() {
		return this != SELF_CARE;
	}

}
