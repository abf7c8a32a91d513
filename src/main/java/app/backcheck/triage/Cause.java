package app.backcheck.triage;

import java.util.List;

/**
 * The four running-related causes of lower back pain from the source article, each with
 * its advice (message keys).
 */
public enum Cause {

	FACET_JOINT_IRRITATION("core", "posture", "clinic"), SACROILIAC_JOINT_DYSFUNCTION("landing", "stride", "gait"),
	WEAK_MUSCLES("back", "core", "build-up"), MYOFASCIAL_TRIGGER_POINTS("thirst", "strength", "stretch");

	private final List<String> advice;

	Cause(String... advice) {
		this.advice = List.of(advice).stream().map((key) -> "advice." + name() + "." + key).toList();
	}

	/** Message keys of this cause's advice, in the order to show them. */
	public List<String> advice() {
		return this.advice;
	}

}
