package app.backcheck.result;

import static org.assertj.core.api.Assertions.assertThat;

import app.backcheck.Pages;
import app.backcheck.triage.TestAnswers;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

@SpringBootTest(properties = { "backcheck.clinic.name=Riverside Sports Clinic", "backcheck.clinic.phone=020 7946 0000",
		"backcheck.clinic.booking-url=https://clinic.example/book", "backcheck.clinic.emergency-number=999" })
@AutoConfigureMockMvc
class ClinicSettingsTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void resultsShouldShowHowToContactTheClinic() {
		Document page = page(post("/check/result", TestAnswers.baseline()));
		assertThat(page.select(".app-clinic h2").text()).isEqualTo("Contact Riverside Sports Clinic");
		assertThat(page.select(".app-clinic").text()).contains("Phone: 020 7946 0000");
		assertThat(page.select(".app-clinic a").attr("href")).isEqualTo("https://clinic.example/book");
		assertThat(page.text()).contains("call 999 at once");
	}

	@Test
	void everyEmergencyMessageShouldUseTheClinicsEmergencyNumber() {
		assertThat(page(this.mvc.get().uri("/")).text()).contains("call 999 now");
		Document stop = page(this.mvc.post().uri("/check/emergency-signs").param("emergencySigns", "CHEST_PAIN"));
		assertThat(stop.select(".app-card__action").text()).contains("call 999").doesNotContain("911");
		assertThat(this.mvc.post()
			.uri("/api/v1/assessments")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"emergencySigns":[],"warningSigns":[],"painLocation":"ALL_OVER","legPain":"NONE","severity":3,
							"stopsDailyActivities":false,"onset":"UNSURE","duration":"LESS_THAN_A_WEEK","worseWhen":[],
							"morningStiffness":false,"age":35,"longestRun":"UP_TO_10K","recentIncrease":false,"unevenLanding":"NO",
							"archedBack":"NO","coreTraining":"REGULARLY","backTraining":"REGULARLY","cramps":"NO","tenderKnot":false,
							"drinking":"WHEN_THIRSTY"}"""))
			.bodyJson()
			.extractingPath("$.safetyNet[0]")
			.asString()
			.contains("call 999 at once");
	}

	private MockMvcRequestBuilder post(String uri, TestAnswers answers) {
		return Pages.post(this.mvc, uri, answers);
	}

	private Document page(MockMvcRequestBuilder request) {
		return Pages.page(this.mvc, request);
	}

}
