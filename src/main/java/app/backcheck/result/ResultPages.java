package app.backcheck.result;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import app.backcheck.result.Results.SharedResult;
import app.backcheck.triage.Assessment;
import app.backcheck.triage.Questionnaire;
import app.backcheck.triage.TriageService;
import app.backcheck.triage.Urgency;
import app.backcheck.web.PublicAddress;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Draws a result, an emergency stop or the clinician summary, whether it was just made or
 * reopened from a share link. Each carries the token that reopens it; none is cached or
 * sent on as a referrer.
 */
@Component
public class ResultPages {

	/**
	 * The language switch's value on a page that shows a result just made: show it again
	 * in the other language.
	 */
	public static final String LANGUAGE_PAGE = "result";

	static final String EMERGENCY_VIEW = "result/emergency";

	static final String RESULT_VIEW = "result/result";

	static final String SUMMARY_VIEW = "result/summary";

	private final TriageService triage;

	private final Results results;

	private final ShareTokens tokens;

	private final PublicAddress address;

	private final AnswerWords words;

	ResultPages(TriageService triage, Results results, ShareTokens tokens, PublicAddress address, AnswerWords words) {
		this.triage = triage;
		this.results = results;
		this.tokens = tokens;
		this.address = address;
		this.words = words;
	}

	/** The emergency stop, if the answers given so far already need help now. */
	public Optional<String> emergencyStop(Map<String, List<String>> answers, Instant checkedAt, Model model,
			HttpServletResponse response) {
		return this.triage.emergencyStop(answers)
			.map((stop) -> emergency(stop, new Check(AnswerSheet.of(answers), checkedAt, null), model, response));
	}

	/**
	 * The result, or the emergency stop, of a check just made; empty when its answers
	 * decide nothing yet.
	 */
	public Optional<String> result(Map<String, List<String>> answers, Instant checkedAt, Model model,
			HttpServletResponse response) {
		Check check = new Check(AnswerSheet.of(answers), checkedAt, null);
		return this.triage.assessIfComplete(answers).map((assessment) -> result(assessment, check, model, response));
	}

	/**
	 * The clinician summary's content for answers kept elsewhere (a screening sent to an
	 * organisation), under its own reference and with no share link; false when the
	 * answers decide nothing.
	 */
	public boolean summary(Map<String, List<String>> answers, Instant checkedAt, String reference, Model model) {
		Optional<Assessment> assessment = this.triage.assessIfComplete(answers);
		assessment.ifPresent((decided) -> {
			model.addAttribute("assessment", decided);
			model.addAttribute("answerWords", this.words.of(AnswerSheet.of(answers)));
			model.addAttribute("rulesetVersion", Questionnaire.RULESET_VERSION);
			model.addAttribute("checkedOn", Date.from(checkedAt));
			model.addAttribute("reference", reference);
		});
		return assessment.isPresent();
	}

	/** The result, or the emergency stop, reopened from a share link that opens. */
	String result(SharedResult shared, Model model, HttpServletResponse response) {
		return result(shared.assessment(), reopened(shared), model, response);
	}

	/** Every question with the answer given, for a clinic's records. */
	String summary(SharedResult shared, Model model, HttpServletResponse response) {
		model.addAttribute("assessment", shared.assessment());
		return show(SUMMARY_VIEW, reopened(shared), model, response);
	}

	private static Check reopened(SharedResult shared) {
		return new Check(AnswerSheet.of(shared.answers()), shared.check().checkedAt(), shared.token());
	}

	private String result(Assessment assessment, Check check, Model model, HttpServletResponse response) {
		if (assessment.urgency() == Urgency.EMERGENCY) {
			return emergency(assessment, check, model, response);
		}
		model.addAttribute("assessment", assessment);
		return show(RESULT_VIEW, check, model, response);
	}

	/**
	 * Only the answers asked before the stop are kept: after an emergency sign, only the
	 * signs.
	 */
	private String emergency(Assessment stop, Check check, Model model, HttpServletResponse response) {
		model.addAttribute("assessment", stop);
		AnswerSheet asked = AnswerSheet.of(Questionnaire.asked(check.answers().raw()));
		return show(EMERGENCY_VIEW, check.withAnswers(asked), model, response);
	}

	private String show(String view, Check check, Model model, HttpServletResponse response) {
		Instant checkedAt = check.checkedAt();
		boolean kiosk = Boolean.TRUE.equals(model.getAttribute("kiosk"));
		SharedCheck made = new SharedCheck(check.answers().raw(), checkedAt);
		String token = (check.token() != null) ? check.token()
				: kiosk ? this.tokens.sealOnKiosk(made) : this.results.share(made);
		String path = Results.path(token);
		model.addAttribute("form", check.answers());
		model.addAttribute("shared", check.token() != null);
		if (check.token() == null) {
			// The language switch posts the answers again: a check just made has no
			// address of its own
			model.addAttribute("languagePage", LANGUAGE_PAGE);
		}
		model.addAttribute("answerWords", this.words.of(check.answers()));
		model.addAttribute("rulesetVersion", Questionnaire.RULESET_VERSION);
		model.addAttribute("checkedOn", Date.from(checkedAt));
		model.addAttribute("resultPath", path);
		model.addAttribute("shareUrl", this.address.builder().path(path).toUriString());
		model.addAttribute("expiresOn", Date.from(this.tokens.expiresAt(checkedAt)));
		model.addAttribute("reference", ShareTokens.reference(token));
		// Cache-Control: no-store comes from the web module's no-store mappings, as for
		// every page under /results
		Results.withoutReferrer(response);
		return view;
	}

	/**
	 * A check to show: its answers, when it was made, and the share token it was reopened
	 * from ({@code null} for a check just made).
	 */
	private record Check(AnswerSheet answers, Instant checkedAt, String token) {

		Check withAnswers(AnswerSheet other) {
			return new Check(other, this.checkedAt, (other.raw().equals(this.answers.raw())) ? this.token : null);
		}

	}

}
