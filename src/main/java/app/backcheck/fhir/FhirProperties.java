package app.backcheck.fhir;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param canonicalBase the base of the canonical URLs of BackCheck's FHIR resources and
 * code systems; set it to an address the clinic controls
 */
@ConfigurationProperties("backcheck.fhir")
public record FhirProperties(@DefaultValue("https://backcheck.example/fhir") String canonicalBase) {

	public String questionnaireUrl() {
		return this.canonicalBase + "/Questionnaire/backcheck";
	}

	public String codeSystem(String field) {
		return this.canonicalBase + "/CodeSystem/" + field;
	}

}
