package app.backcheck.results;

import java.util.List;

import app.backcheck.triage.Cause;
import app.backcheck.triage.CauseCues;
import app.backcheck.triage.Questionnaire;
import app.backcheck.triage.Urgency;
import app.backcheck.triage.UrgencyRules;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "How this check decides": every rule and cue in plain words, made from the very lists the check runs.
 */
@Controller
class RulesController {

	static final String RULES_VIEW = "results/how-it-decides";

	@GetMapping("/how-it-decides")
	String rules(Model model) {
		model.addAttribute("rulesetVersion", Questionnaire.RULESET_VERSION);
		model.addAttribute("urgencies", List.of(Urgency.EMERGENCY, Urgency.URGENT, Urgency.SEE_DOCTOR));
		model.addAttribute("rules", UrgencyRules.ALL);
		model.addAttribute("causes", Cause.values());
		model.addAttribute("cues", CauseCues.ALL);
		return RULES_VIEW;
	}

}
