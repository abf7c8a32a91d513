package app.backcheck.api;

import java.util.List;

import app.backcheck.triage.Assessment;
import app.backcheck.triage.Cause;
import app.backcheck.triage.CauseAssessment;
import app.backcheck.triage.Likelihood;
import app.backcheck.triage.Urgency;

import org.springframework.context.support.MessageSourceAccessor;

/**
 * The API's view of an assessment: codes for machines, texts in the reader's language for
 * people.
 */
record AssessmentResponse(String rulesetVersion, Urgency urgency, boolean seeDoctor, boolean stopRunning, String action,
		List<Reason> urgencyReasons, List<CauseResponse> causes, String causesNote, List<String> advice,
		List<String> safetyNet, String disclaimer, String resultUrl, List<String> notAsked) {

	record Reason(String code, String text) {
	}

	record CauseResponse(Cause cause, Likelihood likelihood, int score, List<Reason> reasons, List<String> advice) {
	}

	/**
	 * @param emergencyNumber the number the safety net tells people to call
	 * @param resultUrl the path of the page that shows this result
	 * @param notAsked the questions the answers left out
	 */
	static AssessmentResponse of(Assessment assessment, MessageSourceAccessor messages, String emergencyNumber,
			String resultUrl, List<String> notAsked) {
		Object[] number = { emergencyNumber };
		return new AssessmentResponse(assessment.rulesetVersion(), assessment.urgency(), assessment.seeDoctor(),
				assessment.stopRunning(), messages.getMessage(assessment.action(), number),
				reasons("rule.", assessment.urgencyReasons(), messages),
				assessment.causes().stream().map((cause) -> cause(cause, messages)).toList(),
				(assessment.causesNote() != null) ? messages.getMessage(assessment.causesNote()) : null,
				texts(assessment.advice(), messages),
				assessment.safetyNet().stream().map((key) -> messages.getMessage(key, number)).toList(),
				messages.getMessage("result.diagnosis"), resultUrl, notAsked);
	}

	private static CauseResponse cause(CauseAssessment cause, MessageSourceAccessor messages) {
		return new CauseResponse(cause.cause(), cause.likelihood(), cause.score(),
				reasons("cue.", cause.reasons(), messages), texts(cause.advice(), messages));
	}

	private static List<Reason> reasons(String prefix, List<String> ids, MessageSourceAccessor messages) {
		return ids.stream().map((id) -> new Reason(id, messages.getMessage(prefix + id))).toList();
	}

	private static List<String> texts(List<String> keys, MessageSourceAccessor messages) {
		return keys.stream().map(messages::getMessage).toList();
	}

}
