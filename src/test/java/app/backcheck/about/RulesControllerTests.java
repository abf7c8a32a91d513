package app.backcheck.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import app.backcheck.inbox.OrganisationRepository;
import app.backcheck.result.ShareTokens;
import app.backcheck.triage.CauseCue;
import app.backcheck.triage.CauseCues;
import app.backcheck.triage.Source;
import app.backcheck.triage.UrgencyRule;
import app.backcheck.triage.UrgencyRules;
import app.backcheck.web.ErrorMessages;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(RulesController.class)
@Import({ ShareTokens.class, ErrorMessages.class })
class RulesControllerTests {

	/**
	 * Every page may carry an organisation's code; these tests start checks from none.
	 */
	@MockitoBean
	private OrganisationRepository organisations;

	@Autowired
	private MockMvcTester mvc;

	@Test
	void rulesPageShouldListEveryRuleAndCueTheCheckRunsWithItsWordsAndSource() {
		assertThat(this.mvc.get().uri("/how-it-decides")).hasStatusOk().hasViewName(RulesController.RULES_VIEW);
		Document page = Jsoup
			.parse(new String(this.mvc.get().uri("/how-it-decides").exchange().getResponse().getContentAsByteArray(),
					StandardCharsets.UTF_8));
		assertThat(page.select("h1").text()).isEqualTo("How this check decides");
		for (UrgencyRule rule : UrgencyRules.ALL) {
			assertThat(page.select("li#" + rule.id() + " a").attr("href")).as(rule.id())
				.isEqualTo("#s" + rule.source().ordinal());
		}
		for (CauseCue cue : CauseCues.ALL) {
			assertThat(page.select("li#" + cue.id() + " span")).as(cue.id()).hasSize(1);
		}
		assertThat(page.select("li#SEE_DOCTOR_SEVERE_PAIN").text()).contains("The pain is severe: 8 or more out of 10");
		String nhs = "s" + Source.NHS_BACK_PAIN.ordinal();
		assertThat(page.select("li#EMERGENCY_CHEST_PAIN a").attr("href")).isEqualTo("#" + nhs);
		assertThat(page.select("li#EMERGENCY_CHEST_PAIN a").text()).isEqualTo("NHS");
		assertThat(page.select("li#" + nhs + " a").attr("href")).isEqualTo("https://www.nhs.uk/conditions/back-pain/");
		assertThat(page.select("li#" + nhs).text()).isEqualTo("NHS: Back pain");
		assertThat(page.select("li#s" + Source.ARTICLE.ordinal()).text())
			.startsWith("Source article: lower back pain in runners");
		assertThat(page.text()).contains("Rules version 2.0.0");
	}

}
