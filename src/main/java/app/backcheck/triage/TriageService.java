package app.backcheck.triage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

import app.backcheck.triage.Answers.EmergencySign;

import org.springframework.stereotype.Service;

/**
 * Decides the urgency from the safety rules and ranks the four causes from their cues.
 */
@Service
public class TriageService {

	static final List<String> SAFETY_NET = List.of("safety.emergency", "safety.worse", "safety.not-better");

	public Assessment assess(Answers answers) {
		List<UrgencyRule> matched = UrgencyRules.ALL.stream()
			.filter((rule) -> rule.matches(answers))
			.sorted(Comparator.comparing(UrgencyRule::urgency).reversed())
			.toList();
		Urgency urgency = matched.isEmpty() ? Urgency.SELF_CARE : matched.get(0).urgency();
		List<CauseAssessment> causes = new ArrayList<>();
		for (Cause cause : Cause.values()) {
			causes.add(assess(cause, answers));
		}
		causes.sort(Comparator.comparingInt(CauseAssessment::score).reversed());
		return new Assessment(Questionnaire.RULESET_VERSION, urgency,
				matched.stream().map(UrgencyRule::id).toList(), causes, advice(urgency, causes), SAFETY_NET);
	}

	/**
	 * A check that the emergency signs ended, before the other questions were asked: EMERGENCY for those signs, and no
	 * cause ranking, since nothing else is known.
	 */
	public Assessment assessEmergency(Collection<EmergencySign> signs) {
		if (signs.isEmpty()) {
			throw new IllegalArgumentException("An emergency stop needs at least one emergency sign");
		}
		// In rule order, which is the signs' own order
		List<String> reasons = EnumSet.copyOf(signs).stream().map(UrgencyRules::emergencyRuleId).toList();
		return new Assessment(Questionnaire.RULESET_VERSION, Urgency.EMERGENCY, reasons, List.of(), List.of(),
				SAFETY_NET);
	}

	private CauseAssessment assess(Cause cause, Answers answers) {
		List<CauseCue> matched = CauseCues.ALL.stream()
			.filter((cue) -> cue.cause() == cause && cue.matches(answers))
			.sorted(Comparator.comparing(CauseCue::weight))
			.toList();
		int score = matched.stream().mapToInt((cue) -> cue.weight().points()).sum();
		boolean strong = matched.stream().anyMatch((cue) -> cue.weight() == CauseCue.Weight.STRONG);
		return new CauseAssessment(cause, Likelihood.of(score, strong), score,
				matched.stream().map(CauseCue::id).toList());
	}

	private List<String> advice(Urgency urgency, List<CauseAssessment> causes) {
		if (urgency == Urgency.EMERGENCY) {
			return List.of();
		}
		List<String> advice = new ArrayList<>();
		long likely = causes.stream().filter((cause) -> cause.likelihood() == Likelihood.LIKELY).count();
		if (likely >= 2) {
			advice.add("advice.general.together");
		}
		advice.add("advice.general.strengthen");
		advice.add("advice.general.active");
		return advice;
	}

}
