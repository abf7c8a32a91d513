package app.backcheck.triage;

import java.util.function.Predicate;

/**
 * A safety rule: when its condition holds, the result is at least its urgency. The id names the rule everywhere:
 * in results, in the API, in the rules page and in docs/triage-rules.md.
 */
public record UrgencyRule(String id, Urgency urgency, Source source, Predicate<Answers> condition) {

	public boolean matches(Answers answers) {
		return this.condition.test(answers);
	}

}
