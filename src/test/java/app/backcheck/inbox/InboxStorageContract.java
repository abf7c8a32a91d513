package app.backcheck.inbox;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import app.backcheck.MovableClock;
import app.backcheck.inbox.Organisation.Kind;
import app.backcheck.triage.Questionnaire;
import app.backcheck.triage.TestAnswers;
import app.backcheck.triage.Urgency;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the inbox keeps, on one database: the same tests run on the embedded H2 and on
 * PostgreSQL.
 */
abstract class InboxStorageContract {

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	SubmissionRepository submissions;

	@Autowired
	Inbox inbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MovableClock clock;

	private Organisation organisation(String code) {
		return this.organisations
			.save(Organisation.of(code + "-" + System.nanoTime(), "Riverside Physio", Kind.CLINIC));
	}

	@Test
	void anOrganisationShouldBeFoundByItsCode() {
		Organisation saved = organisation("riverside");
		assertThat(this.organisations.findByCode(saved.code())).contains(saved);
		assertThat(this.organisations.findByCode("nobody")).isEmpty();
	}

	@Test
	void aSentScreeningShouldKeepOnlyWhatTheInboxListsInTheClear() {
		Organisation clinic = organisation("clinic");
		Map<String, List<String>> answers = TestAnswers.baseline().with("warningSigns", "FEVER").raw();
		Submission sent = this.inbox.send(clinic, answers, "J. R.", Locale.forLanguageTag("es")).orElseThrow();
		assertThat(sent.reference()).matches("[2-9A-Z]{4}-[2-9A-Z]{4}");
		assertThat(sent.deleteAfter()).isEqualTo(sent.sentAt().plus(Duration.ofDays(7)));
		Map<String, Object> row = this.jdbc.queryForMap("SELECT * FROM submission WHERE id = ?", sent.id());
		assertThat(row.get("sender_name")).isEqualTo("J. R.");
		assertThat(row.get("language")).isEqualTo("es");
		String everything = row.values().stream().map(InboxStorageContract::text).reduce("", String::concat);
		for (String field : answers.keySet()) {
			assertThat(everything).as("the row names no question").doesNotContain(field);
		}
		assertThat(everything).doesNotContain("FEVER", "LOWER_MIDDLE", "GRADUAL");
		assertThat(this.inbox.answers(this.submissions.findById(sent.id()).orElseThrow()).orElseThrow().answers())
			.isEqualTo(Questionnaire.asked(answers));
	}

	private static String text(Object value) {
		return (value instanceof byte[] bytes) ? new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
				: String.valueOf(value);
	}

	@Test
	void anEmergencyShouldBeStoredWithOnlyTheSignsAndAnswersThatDecideNothingNotAtAll() {
		Organisation club = organisation("club");
		Submission stop = this.inbox
			.send(club, Map.of("emergencySigns", List.of("CHEST_PAIN"), "age", List.of("40")), "AB", Locale.ENGLISH)
			.orElseThrow();
		assertThat(stop.urgency()).isEqualTo(Urgency.EMERGENCY);
		assertThat(this.inbox.answers(stop).orElseThrow().answers())
			.isEqualTo(Map.of("emergencySigns", List.of("CHEST_PAIN")));
		assertThat(this.inbox.send(club, Map.of("age", List.of("40")), "AB", Locale.ENGLISH)).isEmpty();
	}

	@Test
	void theInboxShouldPinEmergenciesAndUrgentOnesAndNeverShowAnotherOrganisations() {
		Organisation clinic = organisation("pinned");
		Organisation other = organisation("other");
		Submission selfCare = this.inbox.send(clinic, TestAnswers.baseline().raw(), "A", Locale.ENGLISH).orElseThrow();
		this.clock.advance(Duration.ofMinutes(1));
		Submission urgent = this.inbox
			.send(clinic, TestAnswers.baseline().with("warningSigns", "FEVER", "NIGHT_OR_REST_PAIN").raw(), "B",
					Locale.ENGLISH)
			.orElseThrow();
		this.clock.advance(Duration.ofMinutes(1));
		Submission later = this.inbox.send(clinic, TestAnswers.baseline().raw(), "C", Locale.ENGLISH).orElseThrow();
		Submission emergency = this.inbox
			.send(clinic, Map.of("emergencySigns", List.of("SADDLE_NUMBNESS")), "D", Locale.ENGLISH)
			.orElseThrow();
		Submission elsewhere = this.inbox.send(other, TestAnswers.baseline().raw(), "E", Locale.ENGLISH).orElseThrow();
		assertThat(this.submissions.inbox(clinic.id(), 100)).extracting(Submission::reference)
			.containsExactly(emergency.reference(), urgent.reference(), later.reference(), selfCare.reference());
		assertThat(this.submissions.inbox(clinic.id(), 3)).extracting(Submission::reference)
			.containsExactly(emergency.reference(), urgent.reference(), later.reference());
		assertThat(this.submissions.inbox(clinic.id(), 100)).extracting(Submission::sealedAnswers)
			.as("listed, never opened")
			.containsOnlyNulls();
		this.submissions.save(selfCare.seen(this.clock.instant()));
		assertThat(this.submissions.inbox(clinic.id(), 100)).as("each listed column as stored")
			.usingRecursiveFieldByFieldElementComparatorIgnoringFields("sealedAnswers")
			.containsExactlyElementsOf(Stream.of(emergency, urgent, later, selfCare)
				.map((sent) -> this.submissions.findById(sent.id()).orElseThrow())
				.toList());
		assertThat(this.submissions.findByIdAndOrganisationId(elsewhere.id(), clinic.id())).isEmpty();
		assertThat(this.submissions.findByIdAndOrganisationId(urgent.id(), clinic.id())).isPresent();
	}

	@Test
	void thePurgeShouldDeleteScreeningsPastTheirRetentionForReal() {
		Organisation clinic = this.organisations.save(organisation("short").withRetentionDays(1));
		Submission old = this.inbox.send(clinic, TestAnswers.baseline().raw(), "Old", Locale.ENGLISH).orElseThrow();
		this.clock.advance(Duration.ofHours(23));
		Submission young = this.inbox.send(clinic, TestAnswers.baseline().raw(), "New", Locale.ENGLISH).orElseThrow();
		this.clock.advance(Duration.ofHours(1));
		assertThat(this.inbox.purgeExpired()).isGreaterThanOrEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE id = ?", Integer.class, old.id()))
			.isZero();
		assertThat(this.submissions.findById(young.id())).isPresent();
	}

}
