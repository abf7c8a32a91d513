package app.backcheck.about;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import app.backcheck.triage.Cause;
import app.backcheck.triage.CauseCue;
import app.backcheck.triage.CauseCues;
import app.backcheck.triage.Questionnaire;
import app.backcheck.triage.Source;
import app.backcheck.triage.UrgencyRule;
import app.backcheck.triage.UrgencyRules;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "How this check decides": every rule and cue in plain words, made from the very lists
 * the check runs.
 */
@Controller
class RulesController {

	static final String RULES_VIEW = "about/how-it-decides";

	@GetMapping("/how-it-decides")
	String rules(Model model) {
		model.addAttribute("rulesetVersion", Questionnaire.RULESET_VERSION);
		model.addAttribute("rules",
				UrgencyRules.ALL.stream()
					.collect(Collectors.groupingBy(UrgencyRule::urgency, () -> new TreeMap<>(Comparator.reverseOrder()),
							Collectors.toList())));
		model.addAttribute("cues", CauseCues.ALL.stream()
			.collect(Collectors.groupingBy(CauseCue::cause, () -> new EnumMap<>(Cause.class), Collectors.toList())));
		model.addAttribute("sources", Source.values());
		return RULES_VIEW;
	}

}
