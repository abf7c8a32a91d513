package app.backcheck.triage;

import java.util.List;
import java.util.function.Predicate;

/**
 * A safety rule: when its condition holds, the result is at least its urgency. The id
 * names the rule everywhere: in results, in the API, in the rules page and in
 * docs/triage-rules.md.
 *
 * @param fields the only answers the condition reads: once they are given, an EMERGENCY
 * rule can stop the check before the rest are asked
 * @param stressFracture whether the rule points to a possible stress fracture, which
 * changes what the result says about running
 */
public record UrgencyRule(String id, Urgency urgency, Source source, List<String> fields, StressFracture stressFracture,
		Predicate<Answers> condition) {

	public UrgencyRule {
		fields = List.copyOf(fields);
	}

	public boolean matches(Answers answers) {
		return this.condition.test(answers);
	}

	public enum StressFracture {

		/** Not about a stress fracture. */
		NO,
		/**
		 * Signs of one: stop running until checked, and see someone within a few days.
		 */
		SIGNS,
		/**
		 * Signs of one in the hip or pelvis, which can displace: also walk as little as
		 * possible until checked.
		 */
		HIP_SIGNS,
		/**
		 * A risk of one: see someone within a few days; stop running only when the pain
		 * fits one too.
		 */
		RISK

	}

}
