package app.backcheck.triage;

import static app.backcheck.triage.UrgencyRule.StressFracture.HIP_SIGNS;
import static app.backcheck.triage.UrgencyRule.StressFracture.NO;
import static app.backcheck.triage.UrgencyRule.StressFracture.RISK;
import static app.backcheck.triage.UrgencyRule.StressFracture.SIGNS;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import app.backcheck.triage.Answers.EmergencySign;
import app.backcheck.triage.Answers.ImpactPain;
import app.backcheck.triage.Answers.LegPain;
import app.backcheck.triage.Answers.Onset;
import app.backcheck.triage.Answers.PainDuration;
import app.backcheck.triage.Answers.PainLocation;
import app.backcheck.triage.Answers.PreviousEpisodes;
import app.backcheck.triage.Answers.WarningSign;
import app.backcheck.triage.Answers.WorseWhen;
import app.backcheck.triage.Answers.YesNotSureNo;
import app.backcheck.triage.UrgencyRule.StressFracture;

/**
 * Every safety rule. Policy: all rules are evaluated, every match is reported, and the
 * highest urgency wins. Each rule names the answers it reads, so that an EMERGENCY rule
 * stops the check as soon as they are given.
 */
public final class UrgencyRules {

	public static final List<UrgencyRule> ALL = rules();

	private UrgencyRules() {
	}

	/**
	 * The id of the rule that a single emergency sign sets off, for a check stopped at
	 * the first page.
	 */
	public static String emergencyRuleId(EmergencySign sign) {
		return "EMERGENCY_" + sign;
	}

	/**
	 * A pain that fits a stress fracture of the sacrum or pelvis: low on one side,
	 * one-leg loading, more running.
	 */
	static boolean stressFracturePattern(Answers answers) {
		return answers.painLocation() == PainLocation.LOWER_ONE_SIDE
				|| answers.worseWhen().contains(WorseWhen.ONE_LEG_LOADING) || answers.recentIncrease();
	}

	private static List<UrgencyRule> rules() {
		List<UrgencyRule> rules = new ArrayList<>();
		// NHS back pain page: "call 999 or go to A&E"; NICE CKS red flags for cauda
		// equina and fracture
		for (EmergencySign sign : EmergencySign.values()) {
			Source source = (sign == EmergencySign.SUDDEN_TEARING_PAIN) ? Source.NHS_AORTIC_ANEURYSM
					: Source.NHS_BACK_PAIN;
			rules.add(rule(emergencyRuleId(sign), Urgency.EMERGENCY, source,
					(answers) -> answers.emergencySigns().contains(sign), Questionnaire.EMERGENCY_SIGNS));
		}
		// NHS aortic aneurysm page: sudden, severe back pain is a reason to call the
		// emergency number
		rules.add(rule("EMERGENCY_SUDDEN_SEVERE_PAIN_FROM_50", Urgency.EMERGENCY, Source.NHS_AORTIC_ANEURYSM,
				(answers) -> answers.onset() == Onset.SUDDEN_AT_REST && answers.severity() >= 8 && answers.age() >= 50,
				"onset", "severity", "age"));
		// NHS back pain; GIRFT suspected cauda equina pathway: pain in both legs
		rules.add(rule("EMERGENCY_PAIN_IN_BOTH_LEGS", Urgency.EMERGENCY, Source.GIRFT_CAUDA_EQUINA,
				(answers) -> answers.legPain() == LegPain.BOTH_LEGS, "legPain"));
		// NICE NG234: cancer with new nerve symptoms may be spinal cord compression,
		// which needs help at once
		rules.add(rule("EMERGENCY_CANCER_WITH_NERVE_SIGNS", Urgency.EMERGENCY, Source.NICE_NG234,
				(answers) -> answers.warningSigns().contains(WarningSign.CANCER_HISTORY)
						&& answers.warningSigns().contains(WarningSign.NUMBNESS_BELOW_KNEE),
				"warningSigns"));
		// NICE CKS red flags: fever with an infection risk or nerve symptoms may be a
		// spinal abscess
		rules.add(rule("EMERGENCY_FEVER_WITH_INFECTION_RISK", Urgency.EMERGENCY, Source.NICE_CKS_RED_FLAGS,
				(answers) -> answers.warningSigns().contains(WarningSign.FEVER)
						&& (answers.warningSigns().contains(WarningSign.INFECTION_RISK)
								|| answers.warningSigns().contains(WarningSign.NUMBNESS_BELOW_KNEE)),
				"warningSigns"));
		// NICE CKS red flags for infection, cancer and fracture; the NHS back pain page's
		// urgent list for the cough
		for (WarningSign sign : WarningSign.values()) {
			Source source = (sign == WarningSign.WORSE_ON_COUGH_OR_SNEEZE) ? Source.NHS_BACK_PAIN
					: Source.NICE_CKS_RED_FLAGS;
			rules.add(rule("URGENT_" + sign, Urgency.URGENT, source, (answers) -> answers.warningSigns().contains(sign),
					"warningSigns"));
		}
		rules.add(rule("URGENT_RUNNING_INJURY", Urgency.URGENT, Source.ARTICLE,
				(answers) -> answers.onset() == Onset.INJURY, "onset"));
		rules.add(rule("URGENT_UPPER_BACK", Urgency.URGENT, Source.NHS_BACK_PAIN,
				(answers) -> answers.painLocation() == PainLocation.UPPER_BACK, "painLocation"));
		// NHS aortic aneurysm page: severe or sudden pain from 50 below the emergency
		// rule is still urgent
		rules.add(rule("URGENT_SEVERE_PAIN_FROM_50", Urgency.URGENT, Source.NHS_AORTIC_ANEURYSM,
				(answers) -> answers.age() >= 50 && answers.severity() >= 8, "age", "severity"));
		rules.add(rule("URGENT_SUDDEN_PAIN_AT_REST", Urgency.URGENT, Source.NHS_AORTIC_ANEURYSM,
				(answers) -> answers.onset() == Onset.SUDDEN_AT_REST
						&& (answers.age() >= 50 || answers.severity() >= 8),
				"onset", "age", "severity"));
		// NICE CKS fracture red flags: a fall or a lift in an older person
		rules.add(rule("URGENT_FALL_FROM_65", Urgency.URGENT, Source.NICE_CKS_RED_FLAGS,
				(answers) -> answers.onset() == Onset.FALL_OR_LIFTING && answers.age() >= 65, "onset", "age"));
		// Before puberty back pain more often has a serious cause
		rules.add(rule("URGENT_UNDER_10", Urgency.URGENT, Source.CHILD_BACK_PAIN, (answers) -> answers.age() < 10,
				"age"));
		// Bone stress injuries in runners: pain on walking, or in the groin with pain on
		// impact, can be a femoral neck
		// or pelvic stress fracture, which can displace
		rules.add(rule("URGENT_WALKING_HURTS", Urgency.URGENT, Source.BONE_STRESS_INJURY_RUNNERS, HIP_SIGNS,
				(answers) -> answers.impactPain() == ImpactPain.WALKING_HURTS, "impactPain"));
		rules.add(rule("URGENT_HIP_STRESS_SIGNS", Urgency.URGENT, Source.BONE_STRESS_INJURY_RUNNERS, HIP_SIGNS,
				(answers) -> answers.groinPain()
						&& (answers.impactPain() == ImpactPain.YES || answers.impactPain() == ImpactPain.WALKING_HURTS),
				"groinPain", "impactPain"));
		rules.add(rule("SEE_DOCTOR_FALL_FROM_50", Urgency.SEE_DOCTOR, Source.NICE_CKS_RED_FLAGS,
				(answers) -> answers.onset() == Onset.FALL_OR_LIFTING && answers.age() >= 50 && answers.age() < 65,
				"onset", "age"));
		rules.add(rule("SEE_DOCTOR_NEW_PAIN_FROM_50", Urgency.SEE_DOCTOR, Source.NICE_CKS_RED_FLAGS,
				(answers) -> answers.age() >= 50 && answers.previousEpisodes() != PreviousEpisodes.HAD_IT_BEFORE, "age",
				"previousEpisodes"));
		// Groin pain alone can be a femoral neck stress fracture: "not sure" about
		// landing is the common answer
		rules.add(rule("SEE_DOCTOR_GROIN_PAIN", Urgency.SEE_DOCTOR, Source.BONE_STRESS_INJURY_RUNNERS, SIGNS,
				Answers::groinPain, "groinPain"));
		rules.add(rule("SEE_DOCTOR_BONE_STRESS_SIGNS", Urgency.SEE_DOCTOR, Source.BONE_STRESS_INJURY_RUNNERS, SIGNS,
				(answers) -> answers.impactPain() == ImpactPain.YES || answers.boneTenderSpot() == YesNotSureNo.YES,
				"impactPain", "boneTenderSpot"));
		// IOC consensus on relative energy deficiency in sport (2023): a doctor should
		// see these in their own right
		rules.add(rule("SEE_DOCTOR_BONE_STRESS_RISK", Urgency.SEE_DOCTOR, Source.IOC_REDS_2023, RISK,
				(answers) -> !answers.boneStressRisks().isEmpty(), "boneStressRisks"));
		rules.add(rule("SEE_DOCTOR_STOPS_DAILY_ACTIVITIES", Urgency.SEE_DOCTOR, Source.ARTICLE,
				Answers::stopsDailyActivities, "stopsDailyActivities"));
		rules.add(rule("SEE_DOCTOR_MORE_THAN_SIX_WEEKS", Urgency.SEE_DOCTOR, Source.NHS_BACK_PAIN,
				(answers) -> answers.duration() == PainDuration.MORE_THAN_SIX_WEEKS, "duration"));
		rules.add(rule("SEE_DOCTOR_SEVERE_PAIN", Urgency.SEE_DOCTOR, Source.NHS_BACK_PAIN,
				(answers) -> answers.severity() >= 8, "severity"));
		rules.add(rule("SEE_DOCTOR_PAIN_BELOW_KNEE", Urgency.SEE_DOCTOR, Source.NICE_NG59,
				(answers) -> answers.legPain() == LegPain.BELOW_KNEE, "legPain"));
		rules.add(rule("SEE_DOCTOR_UNDER_16", Urgency.SEE_DOCTOR, Source.NICE_NG59, (answers) -> answers.age() < 16,
				"age"));
		// Spondylolysis (a stress fracture of the spine) in about 47% of adolescent
		// athletes' back pain, 5% of adults'
		rules.add(rule("SEE_DOCTOR_YOUNG_ATHLETE_ARCHING", Urgency.SEE_DOCTOR, Source.MICHELI_WOOD_1995, SIGNS,
				(answers) -> answers.age() <= 25 && answers.worseWhen().contains(WorseWhen.ARCHING_BACK), "age",
				"worseWhen"));
		rules.add(
				rule("SEE_DOCTOR_INFLAMMATORY_PATTERN", Urgency.SEE_DOCTOR, Source.NICE_NG65,
						(answers) -> answers.morningStiffness()
								&& answers.duration() == PainDuration.MORE_THAN_SIX_WEEKS && answers.age() < 45,
						"morningStiffness", "duration", "age"));
		return List.copyOf(rules);
	}

	private static UrgencyRule rule(String id, Urgency urgency, Source source, Predicate<Answers> condition,
			String... fields) {
		return rule(id, urgency, source, NO, condition, fields);
	}

	private static UrgencyRule rule(String id, Urgency urgency, Source source, StressFracture stressFracture,
			Predicate<Answers> condition, String... fields) {
		return new UrgencyRule(id, urgency, source, List.of(fields), stressFracture, condition);
	}

}
