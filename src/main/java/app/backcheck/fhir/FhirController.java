package app.backcheck.fhir;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /fhir/Questionnaire/backcheck}: the questionnaire as an R4 Questionnaire.
 */
@RestController
@EnableConfigurationProperties(FhirProperties.class)
class FhirController {

	private final FhirProperties fhir;

	private final MessageSourceAccessor messages;

	FhirController(FhirProperties fhir, MessageSource messageSource) {
		this.fhir = fhir;
		this.messages = new MessageSourceAccessor(messageSource);
	}

	@GetMapping(path = "/fhir/Questionnaire/backcheck", produces = FhirAnswers.MEDIA_TYPE)
	FhirQuestionnaire questionnaire() {
		return QuestionnaireResource.of(this.fhir, this.messages);
	}

}
