package app.backcheck.result;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a share link carries: the answers given (raw, as the forms send them; questions
 * not asked are absent) and when the check was made.
 */
public record SharedCheck(Map<String, List<String>> answers, Instant checkedAt) {

	public SharedCheck {
		answers = Map.copyOf(answers);
	}

}
