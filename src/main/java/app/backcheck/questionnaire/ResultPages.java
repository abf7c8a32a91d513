package app.backcheck.questionnaire;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import app.backcheck.results.SharedCheck;
import app.backcheck.results.ShareTokens;
import app.backcheck.system.PublicAddress;
import app.backcheck.triage.Assessment;
import app.backcheck.triage.Questionnaire;
import app.backcheck.triage.TriageService;
import app.backcheck.triage.Urgency;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Draws a result, an emergency stop or the clinician summary, whether it was just made or reopened from a share
 * link. Each carries the token that reopens it; none is cached or sent on as a referrer.
 */
@Component
class ResultPages {

	static final String EMERGENCY_VIEW = "results/emergency";

	static final String RESULT_VIEW = "results/result";

	static final String SUMMARY_VIEW = "results/summary";

	private final TriageService triage;

	private final ShareTokens tokens;

	private final PublicAddress address;

	ResultPages(TriageService triage, ShareTokens tokens, PublicAddress address) {
		this.triage = triage;
		this.tokens = tokens;
		this.address = address;
	}

	/** A check just made: sealed into a new share link. */
	static Check made(AnswerForm form, Instant checkedAt) {
		return new Check(form, checkedAt, null);
	}

	/** The emergency stop, if the answers given so far already need help now. */
	Optional<String> emergencyStop(Check check, Model model, HttpServletResponse response) {
		return this.triage.emergencyStop(check.form().raw()).map((stop) -> emergency(stop, check, model, response));
	}

	/**
	 * The result, or the emergency stop, of answers that decide one; empty when they do not, as in a link that does
	 * not open.
	 */
	Optional<String> result(Check check, Model model, HttpServletResponse response) {
		return this.triage.assessIfComplete(check.form().raw()).map((assessment) -> {
			if (assessment.urgency() == Urgency.EMERGENCY) {
				return emergency(assessment, check, model, response);
			}
			model.addAttribute("assessment", assessment);
			return show(RESULT_VIEW, check, model, response);
		});
	}

	/** Every question with the answer given, for a clinic's records; empty when the answers decide nothing. */
	Optional<String> summary(Check check, Model model, HttpServletResponse response) {
		return this.triage.assessIfComplete(check.form().raw()).map((assessment) -> {
			model.addAttribute("assessment", assessment);
			return show(SUMMARY_VIEW, check, model, response);
		});
	}

	/** Only the answers asked before the stop are kept: after an emergency sign, only the signs. */
	private String emergency(Assessment stop, Check check, Model model, HttpServletResponse response) {
		model.addAttribute("assessment", stop);
		AnswerForm asked = AnswerForm.of(Questionnaire.asked(check.form().raw()));
		return show(EMERGENCY_VIEW, check.withForm(asked), model, response);
	}

	private String show(String view, Check check, Model model, HttpServletResponse response) {
		Instant checkedAt = check.checkedAt();
		String token = (check.token() != null) ? check.token()
				: this.tokens.seal(new SharedCheck(check.form().raw(), checkedAt));
		String path = "/results/" + token;
		model.addAttribute("form", check.form());
		model.addAttribute("shared", check.token() != null);
		if (check.token() == null) {
			// The language switch posts the answers again: a check just made has no address of its own
			model.addAttribute("languagePage", CheckController.RESULT_PAGE);
		}
		model.addAttribute("questionnaire", Questionnaire.QUESTIONS);
		model.addAttribute("rulesetVersion", Questionnaire.RULESET_VERSION);
		model.addAttribute("checkedOn", Date.from(checkedAt));
		model.addAttribute("resultPath", path);
		model.addAttribute("shareUrl", this.address.builder().path(path).toUriString());
		model.addAttribute("expiresOn", Date.from(this.tokens.expiresAt(checkedAt)));
		model.addAttribute("reference", ShareTokens.reference(token));
		// Cache-Control: no-store comes from NoStoreInterceptor, as for every page under /check and /results
		response.setHeader("Referrer-Policy", "no-referrer");
		return view;
	}

	/**
	 * A check to show: its answers, when it was made, and the share token it was reopened from ({@code null} for a
	 * check just made).
	 */
	record Check(AnswerForm form, Instant checkedAt, String token) {

		Check withForm(AnswerForm other) {
			return new Check(other, this.checkedAt, (other.raw().equals(this.form.raw())) ? this.token : null);
		}

	}

}
