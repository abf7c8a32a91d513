package app.backcheck.api;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.backcheck.fhir.FhirAnswers;
import app.backcheck.result.ClinicProperties;
import app.backcheck.result.Results;
import app.backcheck.result.SharedCheck;
import app.backcheck.triage.AnswerProblem;
import app.backcheck.triage.AnswerReader;
import app.backcheck.triage.Assessment;
import app.backcheck.triage.InvalidAnswersException;
import app.backcheck.triage.Questionnaire;
import app.backcheck.triage.TriageService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/assessments}: answers in (BackCheck's JSON, or an R4
 * QuestionnaireResponse), assessment out. {@code GET /api/v1/questionnaire}: the
 * questions.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class AssessmentApiController {

	private final TriageService triage;

	private final MessageSourceAccessor messages;

	private final ClinicProperties clinic;

	private final Results results;

	private final Clock clock;

	AssessmentApiController(TriageService triage, MessageSource messageSource, ClinicProperties clinic, Results results,
			ObjectProvider<Clock> clock) {
		this.triage = triage;
		this.clinic = clinic;
		this.results = results;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.messages = new MessageSourceAccessor(messageSource);
	}

	@PostMapping(path = "/assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
	AssessmentResponse assess(@RequestBody JsonNode body) {
		JsonAnswers.Read read = JsonAnswers.read(body);
		return respond(read.raw(), read.problems());
	}

	/**
	 * The same, from an HL7 FHIR R4 QuestionnaireResponse that a clinic's system
	 * collected itself.
	 */
	@PostMapping(path = "/assessments", consumes = FhirAnswers.MEDIA_TYPE)
	AssessmentResponse assessFhir(@RequestBody JsonNode body) {
		FhirAnswers.Read read = FhirAnswers.read(body);
		return respond(read.raw(), read.problems());
	}

	/**
	 * Answers that already need help now are enough: nothing else they hold, or lack,
	 * stops the answer.
	 */
	private AssessmentResponse respond(Map<String, List<String>> answers, List<AnswerProblem> problems) {
		Optional<Assessment> stop = this.triage.emergencyStop(answers);
		if (stop.isEmpty() && !problems.isEmpty()) {
			throw new InvalidAnswersException(problems);
		}
		Assessment assessment = stop.orElseGet(() -> this.triage.assess(AnswerReader.read(answers)));
		// As on the pages, a result link after an emergency sign keeps only the signs
		String token = this.results.share(new SharedCheck(Questionnaire.asked(answers), this.clock.instant()));
		return AssessmentResponse.of(assessment, this.messages, this.clinic.emergencyNumber(), Results.path(token),
				Questionnaire.notSent(answers));
	}

	@GetMapping("/questionnaire")
	QuestionsResponse questionnaire() {
		return QuestionsResponse.of(this.messages);
	}

}
