package app.backcheck.api;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import app.backcheck.fhir.FhirProperties;
import app.backcheck.fhir.FhirQuestionnaireResponse;
import app.backcheck.result.ClinicProperties;
import app.backcheck.result.Results;
import app.backcheck.result.Results.SharedResult;
import app.backcheck.result.ShareTokens;
import app.backcheck.triage.Questionnaire;
import app.backcheck.web.ErrorMessages;

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
 * "Download for your clinic": a shared result as one JSON document with the completed R4
 * QuestionnaireResponse and, next to it, the assessment in the API's own form (a FHIR
 * RiskAssessment would need a patient, which BackCheck never knows).
 */
@RestController
class ResultDownloadController {

	private final Results results;

	private final FhirProperties fhir;

	private final ClinicProperties clinic;

	private final MessageSourceAccessor messages;

	private final ErrorMessages errorMessages;

	ResultDownloadController(Results results, FhirProperties fhir, ClinicProperties clinic, MessageSource messageSource,
			ErrorMessages errorMessages) {
		this.results = results;
		this.fhir = fhir;
		this.clinic = clinic;
		this.messages = new MessageSourceAccessor(messageSource);
		this.errorMessages = errorMessages;
	}

	record ResultDownload(FhirQuestionnaireResponse questionnaireResponse, AssessmentResponse assessment) {
	}

	@GetMapping(path = "/api/v1/results/{token}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> download(@PathVariable String token, HttpServletResponse response) {
		SharedResult shared = this.results.open(token);
		Results.withoutReferrer(response);
		if (!shared.opens()) {
			HttpStatus status = shared.expired() ? HttpStatus.GONE : HttpStatus.NOT_FOUND;
			return ResponseEntity.status(status)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(this.errorMessages.problem(status, null, "link.title"));
		}
		Map<String, List<String>> answers = shared.answers();
		ResultDownload download = new ResultDownload(
				FhirQuestionnaireResponse.of(answers, shared.check().checkedAt(), this.fhir, this.messages),
				AssessmentResponse.of(shared.assessment(), this.messages, this.clinic.emergencyNumber(),
						Results.path(token), Questionnaire.notSent(answers)));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"backcheck-" + ShareTokens.reference(token) + ".json\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(download);
	}

}
