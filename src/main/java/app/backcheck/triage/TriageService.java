package app.backcheck.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.backcheck.triage.UrgencyRule.StressFracture;

import org.springframework.stereotype.Service;

/**
 * Decides the urgency from the safety rules and ranks the four causes from their cues.
 */
@Service
public class TriageService {

	static final List<String> SAFETY_NET = List.of("safety.emergency", "safety.worse", "safety.stress-fracture",
			"safety.not-better");

	/**
	 * Assesses answers as sent: a check that the answers given already put at EMERGENCY
	 * stops there, whatever is missing; any other check needs every answer.
	 * @throws InvalidAnswersException naming every problem when the check is neither
	 * stopped nor complete
	 */
	public Assessment assess(Map<String, List<String>> raw) {
		return emergencyStop(raw).orElseGet(() -> assess(AnswerReader.read(raw)));
	}

	/**
	 * The same, or empty where the answers neither stop the check nor complete it, as in
	 * a link that does not open.
	 */
	public Optional<Assessment> assessIfComplete(Map<String, List<String>> raw) {
		try {
			return Optional.of(assess(raw));
		}
		catch (InvalidAnswersException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The emergency rules that the answers given so far already decide, as a check
	 * stopped there: EMERGENCY, and no cause ranking, since the rest need not be known.
	 * Empty when no such rule matches yet.
	 */
	public Optional<Assessment> emergencyStop(Map<String, List<String>> raw) {
		Map<String, List<String>> valid = AnswerReader.valid(raw);
		Answers soFar = AnswerReader.readSoFar(valid);
		List<String> reasons = UrgencyRules.ALL.stream()
			.filter((rule) -> rule.urgency() == Urgency.EMERGENCY && valid.keySet().containsAll(rule.fields())
					&& rule.matches(soFar))
			.map(UrgencyRule::id)
			.toList();
		if (reasons.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Assessment(Questionnaire.RULESET_VERSION, Urgency.EMERGENCY, reasons, true, false,
				List.of(), List.of(), SAFETY_NET));
	}

	public Assessment assess(Answers answers) {
		List<UrgencyRule> matched = UrgencyRules.ALL.stream()
			.filter((rule) -> rule.matches(answers))
			.sorted(Comparator.comparing(UrgencyRule::urgency).reversed())
			.toList();
		Urgency urgency = matched.isEmpty() ? Urgency.SELF_CARE : matched.get(0).urgency();
		boolean stressFracture = matched.stream().anyMatch((rule) -> rule.stressFracture() != StressFracture.NO);
		// A risk alone sends the person to a doctor without stopping them; signs, or a
		// risk with pain that fits, stop
		boolean stopRunning = urgency.compareTo(Urgency.URGENT) >= 0 || matched.stream()
			.map(UrgencyRule::stressFracture)
			.anyMatch((kind) -> kind != StressFracture.NO
					&& (kind != StressFracture.RISK || UrgencyRules.stressFracturePattern(answers)));
		boolean hip = matched.stream().anyMatch((rule) -> rule.stressFracture() == StressFracture.HIP_SIGNS);
		// Not for children, and not where a stress fracture is possible:
		// anti-inflammatories may slow its healing
		boolean painkillers = answers.age() >= 16 && !stressFracture;
		List<CauseAssessment> causes = new ArrayList<>();
		for (Cause cause : Cause.values()) {
			causes.add(assess(cause, answers, stopRunning));
		}
		causes.sort(Comparator.comparingInt(CauseAssessment::score).reversed());
		List<String> advice = advice(urgency, stopRunning, hip, painkillers, causes);
		return new Assessment(Questionnaire.RULESET_VERSION, urgency, matched.stream().map(UrgencyRule::id).toList(),
				stopRunning, stressFracture, causes, advice, SAFETY_NET);
	}

	private CauseAssessment assess(Cause cause, Answers answers, boolean stopRunning) {
		List<CauseCue> matched = CauseCues.ALL.stream()
			.filter((cue) -> cue.cause() == cause && cue.matches(answers))
			.sorted(Comparator.comparing(CauseCue::weight))
			.toList();
		int score = matched.stream().mapToInt((cue) -> cue.weight().points()).sum();
		boolean strong = matched.stream().anyMatch((cue) -> cue.weight() == CauseCue.Weight.STRONG);
		// Exercises and running advice wait until a doctor has ruled out what stopped the
		// running
		return new CauseAssessment(cause, Likelihood.of(score, strong), score,
				matched.stream().map(CauseCue::id).toList(), stopRunning ? List.of() : cause.advice());
	}

	private List<String> advice(Urgency urgency, boolean stopRunning, boolean hip, boolean painkillers,
			List<CauseAssessment> causes) {
		if (urgency == Urgency.EMERGENCY) {
			return List.of();
		}
		if (stopRunning) {
			// No painkiller advice: it can hide a fever before an urgent check, and the
			// doctor decides for a bone.
			// A hip or pelvic stress fracture can displace: walking as little as
			// possible, not "keep moving"
			return List.of(hip ? "advice.general.until-checked-hip" : "advice.general.until-checked");
		}
		List<String> advice = new ArrayList<>();
		long likely = causes.stream().filter((cause) -> cause.likelihood() == Likelihood.LIKELY).count();
		// When two causes are likely, "together" already says to strengthen the muscles
		advice.add((likely >= 2) ? "advice.general.together" : "advice.general.strengthen");
		advice.add("advice.general.active");
		if (painkillers) {
			advice.add("advice.general.painkillers");
		}
		return advice;
	}

}
