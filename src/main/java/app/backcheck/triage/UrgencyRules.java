package app.backcheck.triage;

import java.util.ArrayList;
import java.util.List;

import app.backcheck.triage.Answers.EmergencySign;
import app.backcheck.triage.Answers.LegPain;
import app.backcheck.triage.Answers.Onset;
import app.backcheck.triage.Answers.PainDuration;
import app.backcheck.triage.Answers.PainLocation;
import app.backcheck.triage.Answers.WarningSign;
import app.backcheck.triage.Answers.WorseWhen;

/**
 * Every safety rule. Policy: all rules are evaluated, every match is reported, and the highest urgency wins.
 */
public final class UrgencyRules {

	public static final List<UrgencyRule> ALL = rules();

	private UrgencyRules() {
	}

	/** The id of the rule that a single emergency sign sets off, for a check stopped at the first page. */
	public static String emergencyRuleId(EmergencySign sign) {
		return "EMERGENCY_" + sign;
	}

	private static List<UrgencyRule> rules() {
		List<UrgencyRule> rules = new ArrayList<>();
		// NHS back pain page: "call 999 or go to A&E"; NICE CKS red flags for cauda equina and fracture
		for (EmergencySign sign : EmergencySign.values()) {
			rules.add(new UrgencyRule(emergencyRuleId(sign), Urgency.EMERGENCY, Source.NHS_BACK_PAIN,
					(answers) -> answers.emergencySigns().contains(sign)));
		}
		// NHS back pain page: "ask for an urgent GP appointment"; NICE CKS red flags for infection, cancer, fracture
		for (WarningSign sign : WarningSign.values()) {
			rules.add(new UrgencyRule("URGENT_" + sign, Urgency.URGENT, Source.NICE_CKS_RED_FLAGS,
					(answers) -> answers.warningSigns().contains(sign)));
		}
		rules.add(new UrgencyRule("URGENT_RUNNING_INJURY", Urgency.URGENT, Source.ARTICLE,
				(answers) -> answers.onset() == Onset.INJURY));
		rules.add(new UrgencyRule("URGENT_UPPER_BACK", Urgency.URGENT, Source.NHS_BACK_PAIN,
				(answers) -> answers.painLocation() == PainLocation.UPPER_BACK));
		rules.add(new UrgencyRule("SEE_DOCTOR_STOPS_DAILY_ACTIVITIES", Urgency.SEE_DOCTOR, Source.ARTICLE,
				Answers::stopsDailyActivities));
		rules.add(new UrgencyRule("SEE_DOCTOR_MORE_THAN_SIX_WEEKS", Urgency.SEE_DOCTOR, Source.NHS_BACK_PAIN,
				(answers) -> answers.duration() == PainDuration.MORE_THAN_SIX_WEEKS));
		rules.add(new UrgencyRule("SEE_DOCTOR_SEVERE_PAIN", Urgency.SEE_DOCTOR, Source.NHS_BACK_PAIN,
				(answers) -> answers.severity() >= 8));
		rules.add(new UrgencyRule("SEE_DOCTOR_PAIN_BELOW_KNEE", Urgency.SEE_DOCTOR, Source.NICE_NG59,
				(answers) -> answers.legPain() == LegPain.BELOW_KNEE));
		rules.add(new UrgencyRule("SEE_DOCTOR_UNDER_16", Urgency.SEE_DOCTOR, Source.NICE_NG59,
				(answers) -> answers.age() < 16));
		rules.add(new UrgencyRule("SEE_DOCTOR_YOUNG_ATHLETE_ARCHING", Urgency.SEE_DOCTOR, Source.NICE_CKS_RED_FLAGS,
				(answers) -> answers.age() >= 16 && answers.age() <= 19
						&& answers.worseWhen().contains(WorseWhen.ARCHING_BACK)));
		rules.add(new UrgencyRule("SEE_DOCTOR_INFLAMMATORY_PATTERN", Urgency.SEE_DOCTOR, Source.NICE_NG65,
				(answers) -> answers.morningStiffness() && answers.duration() == PainDuration.MORE_THAN_SIX_WEEKS
						&& answers.age() < 45));
		return List.copyOf(rules);
	}

}
