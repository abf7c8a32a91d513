package app.backcheck.api;

import java.util.List;
import java.util.Map;

import app.backcheck.fhir.FhirProperties;
import app.backcheck.fhir.FhirQuestionnaireResponse;
import app.backcheck.results.ShareTokens;
import app.backcheck.results.ShareTokens.Opened;
import app.backcheck.results.ShareTokens.Status;
import app.backcheck.system.ClinicProperties;
import app.backcheck.system.ErrorMessages;
import app.backcheck.triage.Assessment;
import app.backcheck.triage.Questionnaire;
import app.backcheck.triage.TriageService;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Download for your clinic": a shared result as one JSON document with the completed R4 QuestionnaireResponse and,
 * next to it, the assessment in the API's own form (a FHIR RiskAssessment would need a patient, which BackCheck never
 * knows).
 */
@RestController
class ResultDownloadController {

	private final ShareTokens tokens;

	private final TriageService triage;

	private final FhirProperties fhir;

	private final ClinicProperties clinic;

	private final MessageSourceAccessor messages;

	private final ErrorMessages errorMessages;

	ResultDownloadController(ShareTokens tokens, TriageService triage, FhirProperties fhir, ClinicProperties clinic,
			MessageSource messageSource) {
		this.tokens = tokens;
		this.triage = triage;
		this.fhir = fhir;
		this.clinic = clinic;
		this.messages = new MessageSourceAccessor(messageSource);
		this.errorMessages = new ErrorMessages(messageSource);
	}

	record ResultDownload(FhirQuestionnaireResponse questionnaireResponse, AssessmentResponse assessment) {
	}

	@GetMapping(path = "/api/v1/results/{token}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> download(@PathVariable String token) {
		Opened opened = this.tokens.open(token);
		Assessment assessment = (opened.status() == Status.OPEN)
				? this.triage.assessIfComplete(opened.check().answers()).orElse(null) : null;
		if (assessment == null) {
			HttpStatus status = (opened.status() == Status.EXPIRED) ? HttpStatus.GONE : HttpStatus.NOT_FOUND;
			return ResponseEntity.status(status)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(this.errorMessages.problem(status, null, "link.title"));
		}
		Map<String, List<String>> answers = opened.check().answers();
		ResultDownload download = new ResultDownload(
				FhirQuestionnaireResponse.of(answers, opened.check().checkedAt(), this.fhir, this.messages),
				AssessmentResponse.of(assessment, this.messages, this.clinic.emergencyNumber(), "/results/" + token,
						Questionnaire.notSent(answers)));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"backcheck-" + ShareTokens.reference(token) + ".json\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header("Referrer-Policy", "no-referrer")
			.body(download);
	}

}
