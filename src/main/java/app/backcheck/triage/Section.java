package app.backcheck.triage;

import java.util.Arrays;
import java.util.Optional;

/**
 * The questionnaire's pages, in the order they are asked. Emergency signs come first and
 * end the check at once.
 */
public enum Section {

	EMERGENCY_SIGNS("emergency-signs"), WARNING_SIGNS("warning-signs"), WHERE_IT_HURTS("where-it-hurts"),
	HOW_IT_STARTED("how-it-started"), BONE_STRESS("bone-stress"), YOUR_RUNNING("your-running"),
	TRAINING("training-habits");

	private final String slug;

	Section(String slug) {
		this.slug = slug;
	}

	/** The page's URL segment, also its message key prefix. */
	public String slug() {
		return this.slug;
	}

	public static Optional<Section> fromSlug(String slug) {
		return Arrays.stream(values()).filter((section) -> section.slug.equals(slug)).findFirst();
	}

}
