package app.backcheck.inbox;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import app.backcheck.Pages;
import app.backcheck.inbox.Organisation.Kind;
import app.backcheck.triage.TestAnswers;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A check started from an organisation's link carries it to the end, where only the
 * person's own "Send" stores anything.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SendTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private OrganisationRepository organisations;

	@Autowired
	private JdbcTemplate jdbc;

	private Organisation club;

	@BeforeEach
	void club() {
		this.club = this.organisations.findByCode("riverside-harriers")
			.orElseGet(() -> this.organisations
				.save(Organisation.of("riverside-harriers", "Riverside <b>Harriers</b>", Kind.CLUB)));
	}

	private int stored() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM submission", Integer.class);
	}

	@Test
	void anOrganisationsLinkShouldStartTheCheckWithItsNameAndCarryItToTheResult() {
		Document start = Pages.page(this.mvc, this.mvc.get().uri("/o/riverside-harriers"));
		assertThat(start.select(".app-shared-by").text()).contains("Riverside <b>Harriers</b>");
		assertThat(start.select(".app-shared-by b")).as("escaped").isEmpty();
		assertThat(start.select("a.app-button--start").attr("href")).isEqualTo("/check?org=riverside-harriers");
		assertThat(start.select(".app-share__address").text()).isEqualTo("http://localhost/o/riverside-harriers");
		assertThat(start.select("form input[name=from]")).as("no coach's link to make here").isEmpty();
		assertThat(this.mvc.get().uri("/check?org=riverside-harriers"))
			.hasRedirectedUrl("/check/emergency-signs?org=riverside-harriers");
		Document first = Pages.page(this.mvc, this.mvc.get().uri("/check/emergency-signs?org=riverside-harriers"));
		assertThat(first.select("form#answers input[type=hidden][name=org]").val()).isEqualTo("riverside-harriers");
		Document result = Pages.page(this.mvc, post("/check/result", TestAnswers.baseline()));
		Element send = result.selectFirst("#send");
		assertThat(send).isNotNull();
		assertThat(send.select("h2").text()).isEqualTo("Send your answers to Riverside <b>Harriers</b>");
		assertThat(send.text()).contains("kept for 7 days, then deleted");
		assertThat(send.select("form").attr("action")).isEqualTo("/o/riverside-harriers/send");
		assertThat(send.select("form").attr("method")).isEqualTo("post");
		assertThat(result.select(".app-clinic")).as("a club with no phone or booking link: nothing to contact")
			.isEmpty();
	}

	@Test
	void thePublicSiteWithNoOrganisationShouldOfferNoSending() {
		Document result = Pages.page(this.mvc, Pages.post(this.mvc, "/check/result", TestAnswers.baseline()));
		assertThat(result.select("#send")).isEmpty();
		assertThat(this.mvc.get().uri("/o/nobody")).hasStatus(404);
		assertThat(this.mvc.get().uri("/o/a%09b").exchange().getResponse().getStatus()).isIn(400, 404);
	}

	@Test
	void sendingShouldStoreOnceAndGiveAReferenceAndWhenItIsDeleted() {
		int before = stored();
		MvcTestResult sent = this.mvc.perform(send(TestAnswers.baseline(), "Jo R."));
		assertThat(sent).hasStatusOk();
		assertThat(sent.getResponse().getHeader("Set-Cookie")).isNull();
		assertThat(sent.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		Document page = Pages.page(sent);
		assertThat(page.select("h1").text()).isEqualTo("Your answers were sent to Riverside <b>Harriers</b>");
		assertThat(page.select(".app-reference").text()).matches("[2-9A-Z]{4}-[2-9A-Z]{4}");
		assertThat(page.text()).contains("will delete your answers on");
		assertThat(page.select("a.app-header__language").attr("href")).as("a sent page has no address to open again")
			.isEqualTo("/o/riverside-harriers?lang=es");
		assertThat(stored()).isEqualTo(before + 1);
		assertThat(this.jdbc.queryForObject("SELECT sender_name FROM submission WHERE reference = ?", String.class,
				page.select(".app-reference").text()))
			.isEqualTo("Jo R.");
	}

	@Test
	void theSameSendFormPostedAgainShouldStoreNothingMoreAndShowTheSameReference() {
		Document result = Pages.page(this.mvc, post("/check/result", TestAnswers.baseline()));
		MockMvcRequestBuilder first = this.mvc.post().uri("/o/riverside-harriers/send").param("senderName", "Twice");
		MockMvcRequestBuilder again = this.mvc.post().uri("/o/riverside-harriers/send").param("senderName", "Twice");
		result.select("#send input[type=hidden]").forEach((input) -> {
			first.param(input.attr("name"), input.val());
			again.param(input.attr("name"), input.val());
		});
		assertThat(result.select("#send input[name=formId]").val()).matches("[0-9a-f-]{36}");
		int before = stored();
		String reference = Pages.page(this.mvc, first).select(".app-reference").text();
		assertThat(Pages.page(this.mvc, again).select(".app-reference").text()).isEqualTo(reference);
		assertThat(stored()).isEqualTo(before + 1);
		Document another = Pages.page(this.mvc, post("/check/result", TestAnswers.baseline()));
		assertThat(another.select("#send input[name=formId]").val())
			.isNotEqualTo(result.select("#send input[name=formId]").val());
	}

	@Test
	void aMissingOrTooLongNameShouldShowTheResultAgainWithTheErrorAndKeepEverything() {
		int before = stored();
		for (String name : List.of("", "   ", "\u0000\u200b", "x".repeat(61))) {
			Document page = Pages.page(this.mvc, send(TestAnswers.baseline(), name));
			assertThat(page.title()).as(name).startsWith("Error: ");
			assertThat(page.select(".app-error-summary a").attr("href")).isEqualTo("#question-senderName");
			assertThat(page.select("#senderName").attr("aria-invalid")).isEqualTo("true");
			assertThat(page.select("#send input[type=hidden][name=painLocation]").val())
				.isEqualTo(TestAnswers.baseline().raw().get("painLocation").get(0));
		}
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void aNameOfSixtyCharactersAsAPersonCountsThemShouldBeStoredWhateverTheCharacters() {
		String emoji = "\uD83D\uDE00".repeat(SendController.MAX_NAME);
		Document page = Pages.page(this.mvc, send(TestAnswers.baseline(), emoji));
		String reference = page.select(".app-reference").text();
		assertThat(this.jdbc.queryForObject("SELECT sender_name FROM submission WHERE reference = ?", String.class,
				reference))
			.isEqualTo(emoji);
		Document tooLong = Pages.page(this.mvc, send(TestAnswers.baseline(), emoji + "\uD83D\uDE00"));
		assertThat(tooLong.title()).startsWith("Error: ");
	}

	@Test
	void hostileNamesShouldBeKeptAsTextAndNeverAsMarkup() {
		String name = "<script>alert(1)</script>\u0007\nA\u0085B\u009fC";
		Document page = Pages.page(this.mvc, send(TestAnswers.baseline(), name));
		String reference = page.select(".app-reference").text();
		assertThat(this.jdbc.queryForObject("SELECT sender_name FROM submission WHERE reference = ?", String.class,
				reference))
			.isEqualTo("<script>alert(1)</script> A B C");
		Document tooLong = Pages.page(this.mvc, send(TestAnswers.baseline(), "y".repeat(10_000)));
		assertThat(tooLong.title()).startsWith("Error: ");
		assertThat(tooLong.select("#senderName").val()).hasSize(10_000);
	}

	@Test
	void anEmergencyCanBeSentWithOnlyTheSigns() {
		Document stop = Pages.page(this.mvc,
				this.mvc.post()
					.uri("/check/emergency-signs")
					.param("org", "riverside-harriers")
					.param("emergencySigns", "CHEST_PAIN"));
		assertThat(stop.select("h1").text()).isEqualTo("Get help now");
		assertThat(stop.select("#send form").attr("action")).isEqualTo("/o/riverside-harriers/send");
		MockMvcRequestBuilder send = this.mvc.post().uri("/o/riverside-harriers/send").param("senderName", "AB");
		stop.select("#send input[type=hidden]").forEach((input) -> send.param(input.attr("name"), input.val()));
		Document sent = Pages.page(this.mvc, send);
		String reference = sent.select(".app-reference").text();
		assertThat(
				this.jdbc.queryForObject("SELECT urgency FROM submission WHERE reference = ?", String.class, reference))
			.isEqualTo("EMERGENCY");
	}

	@Test
	void answersOrANameInTheAddressShouldBeRefusedAndNothingStored() {
		int before = stored();
		assertThat(this.mvc.post()
			.uri("/o/riverside-harriers/send?emergencySigns=CHEST_PAIN&senderName=AB")
			.contentType("application/x-www-form-urlencoded")).hasStatus(400);
		assertThat(this.mvc.post()
			.uri(URI.create("/o/riverside-harriers/send?%73enderName=AB"))
			.param("emergencySigns", "CHEST_PAIN")).hasStatus(400);
		assertThat(this.mvc.post().uri("/check/result?age=40")).hasStatus(400);
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void answersThatDecideNothingShouldNotBeStored() {
		int before = stored();
		assertThat(this.mvc.post().uri("/o/riverside-harriers/send").param("senderName", "AB").param("age", "40"))
			.hasStatus(400);
		assertThat(this.mvc.post().uri("/o/nobody/send").param("senderName", "AB")).hasStatus(404);
		String formId = java.util.UUID.randomUUID().toString();
		assertThat(send(TestAnswers.baseline(), "AB").param("formId", formId)).hasStatusOk();
		Organisation other = this.organisations.findByCode("other-harriers")
			.orElseGet(() -> this.organisations.save(Organisation.of("other-harriers", "Other Harriers", Kind.CLUB)));
		assertThat(Pages.post(this.mvc, "/o/" + other.code() + "/send", TestAnswers.baseline())
			.param("senderName", "AB")
			.param("formId", formId)).as("one organisation's form id sent to another").hasStatus(400);
		assertThat(stored()).as("the one good Send only").isEqualTo(before + 1);
	}

	@Test
	void aSendPressedTwiceAtOnceShouldStoreOneAndSayItWasSentBothTimes() throws Exception {
		ExecutorService presses = Executors.newFixedThreadPool(2);
		try {
			for (int attempt = 0; attempt < 20; attempt++) {
				String formId = UUID.randomUUID().toString();
				CountDownLatch ready = new CountDownLatch(2);
				Callable<String> press = () -> {
					MockMvcRequestBuilder request = send(TestAnswers.baseline(), "Twice at once").param("formId",
							formId);
					ready.countDown();
					ready.await();
					MvcTestResult result = request.exchange();
					assertThat(result).hasStatusOk();
					return Pages.page(result).select(".app-reference").text();
				};
				List<Future<String>> both = presses.invokeAll(List.of(press, press));
				assertThat(both.get(0).get()).isNotEmpty().isEqualTo(both.get(1).get());
				assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE form_id = ?", Integer.class,
						formId))
					.as("attempt %d", attempt)
					.isOne();
			}
		}
		finally {
			presses.shutdownNow();
		}
	}

	private MockMvcRequestBuilder post(String uri, TestAnswers answers) {
		return Pages.post(this.mvc, uri, answers).param("org", "riverside-harriers");
	}

	private MockMvcRequestBuilder send(TestAnswers answers, String name) {
		return Pages.post(this.mvc, "/o/riverside-harriers/send", answers).param("senderName", name);
	}

}
