package app.backcheck.inbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import app.backcheck.MovableClock;
import app.backcheck.inbox.Organisation.Kind;
import app.backcheck.inbox.StaffAccount.Role;
import app.backcheck.triage.TestAnswers;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff area over real HTTP, as a browser uses it: sign-in, the session cookie, CSRF
 * tokens, and one organisation's staff never reaching another's screenings.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(MovableClock.Config.class)
class StaffAreaTests {

	@Autowired
	private MovableClock clock;

	private static final String PASSWORD = "correct horse battery staple";

	@LocalServerPort
	private int port;

	@Autowired
	private OrganisationRepository organisations;

	@Autowired
	private StaffAccountRepository accounts;

	@Autowired
	private Inbox inbox;

	@Autowired
	private PasswordEncoder encoder;

	@Autowired
	private JdbcTemplate jdbc;

	private Organisation clinic;

	private Organisation club;

	private Submission clinicSelfCare;

	private Submission clinicUrgent;

	private Submission clubEntry;

	@BeforeEach
	void organisations() {
		String suffix = Long.toString(System.nanoTime(), 36);
		this.clinic = this.organisations.save(Organisation.of("clinic-" + suffix, "Riverside Physio", Kind.CLINIC));
		this.club = this.organisations.save(Organisation.of("club-" + suffix, "Hill Harriers", Kind.CLUB));
		this.accounts.save(
				new StaffAccount(null, this.clinic.id(), "desk-" + suffix, this.encoder.encode(PASSWORD), Role.STAFF));
		this.accounts
			.save(new StaffAccount(null, this.club.id(), "coach-" + suffix, this.encoder.encode(PASSWORD), Role.ADMIN));
		this.clinicSelfCare = this.inbox.send(this.clinic, TestAnswers.baseline().raw(), "Sam", Locale.ENGLISH)
			.orElseThrow();
		this.clinicUrgent = this.inbox
			.send(this.clinic, TestAnswers.baseline().with("warningSigns", "FEVER", "NIGHT_OR_REST_PAIN").raw(),
					"<b>Al</b>", Locale.forLanguageTag("es"))
			.orElseThrow();
		this.clubEntry = this.inbox.send(this.club, TestAnswers.baseline().raw(), "Kim", Locale.ENGLISH).orElseThrow();
	}

	/** A new clinic with one member of staff, whose user name is the clinic's code. */
	private Organisation organisationWithOneDesk(String name) {
		String code = name + "-" + Long.toString(System.nanoTime(), 36);
		Organisation organisation = this.organisations.save(Organisation.of(code, name + " clinic", Kind.CLINIC));
		this.accounts.save(new StaffAccount(null, organisation.id(), code, this.encoder.encode(PASSWORD), Role.STAFF));
		return organisation;
	}

	private String desk() {
		return this.accounts.findByOrganisationIdOrderByUsername(this.clinic.id()).get(0).username();
	}

	@Test
	void signedOutEveryStaffAddressLeadsToTheLoginPage() throws IOException, InterruptedException {
		Browser browser = new Browser();
		for (String path : List.of("/staff", "/staff/inbox", "/staff/inbox/" + this.clinicSelfCare.id(),
				"/staff/inbox/nothing", "/staff/inbox/find?reference=" + this.clinicSelfCare.reference())) {
			HttpResponse<String> response = browser.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/staff/login");
		}
		HttpResponse<String> delete = browser.post("/staff/inbox/" + this.clinicSelfCare.id() + "/delete", Map.of());
		assertThat(delete.statusCode()).isIn(302, 403);
		assertThat(stillThere(this.clinicSelfCare)).isTrue();
	}

	@Test
	void signingInChangesTheSessionAndTheCookieIsForTheStaffAreaOnly() throws IOException, InterruptedException {
		Browser browser = new Browser();
		HttpResponse<String> login = browser.get("/staff/login");
		String before = browser.session();
		String cookie = login.headers().allValues("Set-Cookie").stream().collect(Collectors.joining("; "));
		assertThat(cookie).contains("BACKCHECK_STAFF=", "Path=/staff", "HttpOnly", "SameSite=Lax");
		assertThat(browser.signIn(desk(), PASSWORD).headers().firstValue("Location").orElseThrow())
			.endsWith("/staff/inbox");
		assertThat(browser.session()).isNotEqualTo(before);
		assertThat(new Browser().get("/").headers().allValues("Set-Cookie")).as("the public site").isEmpty();
	}

	@Test
	void eachRowSaysInTheReadersLanguageWhatCameAndWhen() throws IOException, InterruptedException {
		this.clock.advance(Duration.ofMinutes(3));
		Browser browser = new Browser();
		browser.signIn(desk(), PASSWORD);
		Document spanish = Jsoup.parse(browser.get("/staff/inbox?lang=es").body());
		Element urgent = spanish.select("tbody tr").get(0);
		assertThat(urgent.hasClass("app-table__row--pinned")).isTrue();
		assertThat(urgent.select("td").eachAttr("data-label")).containsExactly("Urgencia", "Nombre", "Referencia",
				"Dejar de correr", "Idioma", "Enviada");
		assertThat(urgent.select("td").eachText()).containsExactly("Hable hoy con un médico", "<b>Al</b> Nueva",
				this.clinicUrgent.reference(), "Sí", "Español", "hace 3 min");
		assertThat(urgent.select("td strong.app-tag.app-tag--urgent").text()).isEqualTo("Hable hoy con un médico");
		assertThat(urgent.select("a").attr("href")).isEqualTo("/staff/inbox/" + this.clinicUrgent.id() + "?lang=es");
		Element selfCare = spanish.select("tbody tr").get(1);
		assertThat(selfCare.hasClass("app-table__row--pinned")).isFalse();
		assertThat(selfCare.select("strong")).isEmpty();
		assertThat(selfCare.select("td").eachText()).containsExactly("Puede cuidarse por su cuenta", "Sam Nueva",
				this.clinicSelfCare.reference(), "No", "English", "hace 3 min");

		String seen = "/staff/inbox/" + this.clinicSelfCare.id() + "/seen";
		assertThat(browser.post(seen, Map.of("_csrf", spanish.select("input[name=_csrf]").val())).statusCode())
			.isEqualTo(302);
		this.clock.advance(Duration.ofMinutes(61));
		Document english = Jsoup.parse(browser.get("/staff/inbox").body());
		assertThat(english.select("tbody tr").get(0).select("td").eachText()).containsExactly("Speak to a doctor today",
				"<b>Al</b> New", this.clinicUrgent.reference(), "Yes", "Español", "64 min ago");
		assertThat(english.select("tbody tr").get(1).select("td").eachText()).as("marked as seen: no longer new")
			.containsExactly("You can look after this yourself", "Sam", this.clinicSelfCare.reference(), "No",
					"English", "64 min ago");
	}

	@Test
	void anInboxOfMoreThanItListsSaysSo() throws IOException, InterruptedException {
		Organisation busy = organisationWithOneDesk("many");
		String suffix = Long.toString(System.nanoTime(), 36);
		int count = SubmissionRepository.MAX_LISTED + 3;
		Timestamp sent = Timestamp.from(this.clock.instant());
		Timestamp deleteAfter = Timestamp.from(this.clock.instant().plus(Duration.ofDays(7)));
		this.jdbc.batchUpdate(
				"INSERT INTO submission (organisation_id, reference, sender_name, urgency, stop_running, language, "
						+ "sent_at, delete_after, sealed_answers) VALUES (?, ?, 'P', 'SELF_CARE', FALSE, 'en', ?, ?, ?)",
				IntStream.range(0, count)
					.mapToObj((i) -> new Object[] { busy.id(), suffix.substring(suffix.length() - 4) + "-" + i, sent,
							deleteAfter, new byte[] { 0 } })
					.toList());
		Browser browser = new Browser();
		browser.signIn(busy.code(), PASSWORD);
		assertThat(Jsoup.parse(browser.get("/staff/inbox?page=99").body()).select("nav.app-pagination p").text())
			.isEqualTo("Page 20 of 20 (the first 1,000 of 1,003 screenings: urgent ones, then the newest; "
					+ "the oldest are not listed here: find one by its reference)");
		assertThat(Jsoup.parse(browser.get("/staff/inbox?lang=es").body()).select("nav.app-pagination p").text())
			.isEqualTo("Página 1 de 20 (las primeras 1.000 de 1.003 revisiones: las urgentes y después las más "
					+ "recientes; las más antiguas no aparecen aquí: búsquela por su referencia)");
	}

	@Test
	void aFullInboxIsReadPageByPageUrgentFirst() throws IOException, InterruptedException {
		Organisation busy = organisationWithOneDesk("busy");
		int count = InboxController.PER_PAGE * 2 + 5;
		for (int i = 0; i < count - 1; i++) {
			this.inbox.send(busy, TestAnswers.baseline().raw(), "P" + i, Locale.ENGLISH).orElseThrow();
		}
		this.clock.advance(Duration.ofMinutes(-60));
		Submission oldUrgent = this.inbox
			.send(busy, TestAnswers.baseline().with("warningSigns", "FEVER").raw(), "Early", Locale.ENGLISH)
			.orElseThrow();
		this.clock.advance(Duration.ofMinutes(60));
		Browser browser = new Browser();
		browser.signIn(busy.code(), PASSWORD);
		Document first = Jsoup.parse(browser.get("/staff/inbox").body());
		assertThat(first.select("tbody tr")).hasSize(InboxController.PER_PAGE);
		assertThat(first.select("tbody tr").first().text()).as("the oldest, but urgent").contains("Early");
		assertThat(first.select("nav.app-pagination p").text()).isEqualTo("Page 1 of 3 (" + count + " screenings)");
		assertThat(first.select("nav a[rel=prev]")).isEmpty();
		assertThat(first.select("nav a[rel=next]").attr("href")).isEqualTo("/staff/inbox?page=2");
		Document second = Jsoup.parse(browser.get("/staff/inbox?page=2").body());
		assertThat(second.select("nav.app-pagination p").text()).isEqualTo("Page 2 of 3 (" + count + " screenings)");
		assertThat(second.select("tbody tr td:nth-child(3)").first().text())
			.isNotEqualTo(first.select("tbody tr td:nth-child(3)").first().text());
		Set<String> references = new HashSet<>();
		for (int page = 1; page <= 3; page++) {
			Jsoup.parse(browser.get("/staff/inbox?page=" + page).body())
				.select("tbody tr td:nth-child(3)")
				.forEach((cell) -> references.add(cell.text()));
		}
		assertThat(references).hasSize(count).contains(oldUrgent.reference());
		Document last = Jsoup.parse(browser.get("/staff/inbox?page=99").body());
		assertThat(last.select("tbody tr")).hasSize(5);
		assertThat(last.select("nav a[rel=next]")).isEmpty();
		assertThat(last.select("nav a[rel=prev]").attr("href")).isEqualTo("/staff/inbox?page=2");
		for (String bad : List.of("abc", "-1", "0", "99999999999999999999")) {
			HttpResponse<String> page = browser.get("/staff/inbox?page=" + bad);
			assertThat(page.statusCode()).as(bad).isEqualTo(200);
		}
		assertThat(Jsoup.parse(browser.get("/staff/inbox?page=abc").body()).select("nav p").text())
			.startsWith("Page 1");
		Document spanish = Jsoup.parse(browser.get("/staff/inbox?page=2&refresh=off&lang=es").body());
		assertThat(spanish.select("nav a[rel=next]").attr("href")).isEqualTo("/staff/inbox?page=3&refresh=off&lang=es");
		assertThat(spanish.select("tbody tr")).hasSize(InboxController.PER_PAGE);
		assertThat(spanish.select("table").attr("data-count")).isEqualTo(String.valueOf(count));
	}

	@Test
	void theLanguageChosenOnTheLoginPageIsKeptThroughSigningInAndOut() throws IOException, InterruptedException {
		Browser browser = new Browser();
		assertThat(browser.get("/staff/inbox?lang=es").headers().firstValue("Location").orElseThrow())
			.endsWith("/staff/login?lang=es");
		Document login = Jsoup.parse(browser.get("/staff/login?lang=es").body());
		assertThat(login.select("h1").text()).isEqualTo("Acceso del personal");
		String action = login.select("main form").attr("action");
		assertThat(action).isEqualTo("/staff/login?lang=es");
		String token = login.select("input[name=_csrf]").val();
		assertThat(browser.post(action, Map.of("username", desk(), "password", "wrong", "_csrf", token))
			.headers()
			.firstValue("Location")
			.orElseThrow()).endsWith("/staff/login?error&lang=es");
		assertThat(browser.post(action, Map.of("username", desk(), "password", PASSWORD, "_csrf", token))
			.headers()
			.firstValue("Location")
			.orElseThrow()).endsWith("/staff/inbox?lang=es");
		Document inbox = Jsoup.parse(browser.get("/staff/inbox?lang=es").body());
		String signOut = inbox.select("form[action^=/staff/logout]").attr("action");
		assertThat(browser.post(signOut, Map.of("_csrf", inbox.select("input[name=_csrf]").val()))
			.headers()
			.firstValue("Location")
			.orElseThrow()).endsWith("/staff/login?signedOut&lang=es");
	}

	@Test
	void aSessionEndsItsLifetimeAfterSignInHoweverBusyItHasBeen() throws IOException, InterruptedException {
		Browser browser = new Browser();
		browser.signIn(desk(), PASSWORD);
		for (int hour = 0; hour < 9; hour++) {
			this.clock.advance(Duration.ofHours(1));
			assertThat(browser.get("/staff/inbox").statusCode()).as("after %d hours", hour + 1).isEqualTo(200);
		}
		this.clock.advance(Duration.ofMinutes(59));
		assertThat(browser.get("/staff/inbox").statusCode()).isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(1));
		HttpResponse<String> ended = browser.get("/staff/inbox");
		assertThat(ended.statusCode()).isEqualTo(302);
		assertThat(ended.headers().firstValue("Location").orElseThrow()).endsWith("/staff/login?expired");
		assertThat(Jsoup.parse(browser.get("/staff/login?expired").body()).select(".app-notice").text())
			.contains("time limit");
		assertThat(browser.get("/staff/inbox").headers().firstValue("Location").orElseThrow())
			.as("signed out, not only redirected once")
			.endsWith("/staff/login");
		assertThat(browser.signIn(desk(), PASSWORD).headers().firstValue("Location").orElseThrow())
			.endsWith("/staff/inbox");
		assertThat(browser.get("/staff/inbox").statusCode()).as("a new sign-in starts a new lifetime").isEqualTo(200);
	}

	@Test
	void theInboxShowsItsOwnOrganisationsScreeningsUrgentFirstAndNothingOfAnothers()
			throws IOException, InterruptedException {
		Browser browser = new Browser();
		browser.signIn(desk(), PASSWORD);
		HttpResponse<String> response = browser.get("/staff/inbox");
		assertThat(response.statusCode()).isEqualTo(200);
		Document inbox = Jsoup.parse(response.body());
		assertThat(inbox.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("30");
		assertThat(inbox.select("tbody tr td:nth-child(3)").eachText()).containsExactly(this.clinicUrgent.reference(),
				this.clinicSelfCare.reference());
		assertThat(inbox.select("tbody tr").first().select(".app-tag--urgent").text())
			.isEqualTo("Speak to a doctor today");
		assertThat(inbox.select("tbody tr").first().select("td:nth-child(2) a").text()).isEqualTo("<b>Al</b>");
		assertThat(inbox.select("tbody b")).as("names escaped").isEmpty();
		assertThat(inbox.text()).doesNotContain(this.clubEntry.reference(), "Kim");
		assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");

		String other = "/staff/inbox/" + this.clubEntry.id();
		assertThat(browser.get(other).statusCode()).isEqualTo(404);
		assertThat(browser.postWithToken(other + "/seen", "/staff/inbox").statusCode()).isEqualTo(404);
		assertThat(browser.postWithToken(other + "/delete", "/staff/inbox").statusCode()).isEqualTo(404);
		assertThat(stillThere(this.clubEntry)).isTrue();
		assertThat(this.jdbc.queryForObject("SELECT seen_at FROM submission WHERE id = ?", Object.class,
				this.clubEntry.id()))
			.isNull();
	}

	@Test
	void aReferenceReadOutAtTheDeskOpensItsScreeningInItsOwnInboxOnly() throws IOException, InterruptedException {
		Browser browser = new Browser();
		browser.signIn(desk(), PASSWORD);
		Document inbox = Jsoup.parse(browser.get("/staff/inbox?lang=es").body());
		assertThat(inbox.select("a[href=/staff/inbox/find?lang=es]").text())
			.isEqualTo("Buscar una revisión por su referencia");
		String emptyPage = browser.get("/staff/inbox/find?lang=es").body();
		assertValidHtml("the find page", emptyPage);
		Document empty = Jsoup.parse(emptyPage);
		assertThat(empty.select("h1 label[for=reference]").text()).isEqualTo("Buscar una revisión por su referencia");
		assertThat(empty.select("form[method=get] input[type=hidden][name=lang]").val()).isEqualTo("es");
		assertThat(empty.select(".app-error-summary")).isEmpty();

		// As it is read out and typed: lower case, a space or another dash for its dash
		String reference = this.clinicUrgent.reference();
		for (String typed : List.of(reference, " " + reference.toLowerCase(Locale.ROOT) + " ",
				reference.replace("-", " "), reference.replace("-", ""), reference.replace("-", "\u2013"),
				reference.replace("-", "\u2212"), reference.replace("-", "\u0000"))) {
			HttpResponse<String> found = browser.get("/staff/inbox/find?lang=es&reference=" + encoded(typed));
			assertThat(found.statusCode()).as(typed).isEqualTo(302);
			assertThat(found.headers().firstValue("Location").orElseThrow()).as(typed)
				.endsWith("/staff/inbox/" + this.clinicUrgent.id() + "?lang=es");
		}
		assertThat(Jsoup.parse(browser.get("/staff/inbox/" + this.clinicUrgent.id()).body())
			.select(".app-reference")
			.text()).isEqualTo(reference);

		// Another organisation's reference is as if there were none, and what was typed
		// is kept
		String others = this.clubEntry.reference();
		HttpResponse<String> none = browser.get("/staff/inbox/find?reference=" + encoded(others));
		assertThat(none.statusCode()).isEqualTo(200);
		assertValidHtml("the find page with its error", none.body());
		Document notFound = Jsoup.parse(none.body());
		assertThat(notFound.title()).startsWith("Error: Find a screening by its reference");
		assertThat(notFound.select(".app-error-summary a[href=#question-reference]").text())
			.isEqualTo("There is no screening with the reference " + others
					+ " in this inbox. Check it with the person: it may have been deleted, or sent somewhere else.");
		assertThat(notFound.select("#reference").val()).isEqualTo(others);
		assertThat(notFound.select("#reference").attr("aria-invalid")).isEqualTo("true");
		assertThat(notFound.select("#reference").attr("aria-describedby")).isEqualTo("reference-hint reference-error");
		assertThat(notFound.text()).doesNotContain("Kim");

		// What cannot be a reference (no reference holds an O or an I, and the capitals
		// of
		// the sharp s or the long s are not its letters), in Spanish; and nothing typed
		for (String typed : List.of("K7QO-2XPI", "", "<b>K7QM</b>", "K7QM-2XPD-K7QM", "K7QM-2X\u00df",
				"K7QM-2XP\u017f")) {
			Document refused = Jsoup.parse(browser.get("/staff/inbox/find?lang=es&reference=" + encoded(typed)).body());
			assertThat(refused.select(".app-error-summary a").text()).as(typed)
				.isEqualTo("Escriba una referencia de 8 letras y números, como K7QM-2XPD");
			assertThat(refused.select("#reference").val()).as(typed).isEqualTo(typed);
		}
		// A control character, which no page can show again, is kept as a space
		String control = browser.get("/staff/inbox/find?reference=" + encoded("K7Q\u0000O\u0007")).body();
		assertThat(control).doesNotContain("\u0000", "\u0007");
		assertThat(Jsoup.parse(control).select("#reference").val()).isEqualTo("K7Q O ");
		assertThat(this.jdbc.queryForList("SELECT action FROM audit_event WHERE reference = ?", String.class, others))
			.as("nothing of another's was opened")
			.isEmpty();
		assertThat(
				this.jdbc.queryForList("SELECT action FROM audit_event WHERE reference = ?", String.class, reference))
			.containsExactly("OPEN");
	}

	private static void assertValidHtml(String name, String page) throws IOException {
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
		try {
			// Errors and warnings: Thymeleaf writes the CSRF field of a staff form as
			// <input .../>, which the checker notes as "info" only
			assertThat(validator.validate(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)))
				.lines()
				.filter((line) -> !line.contains(": info: Trailing slash on void elements")))
				.as("Nu Html Checker on %s", name)
				.isEmpty();
		}
		catch (SAXException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@Test
	void openingMarkingAndDeletingAreAuditedAndAFormWithoutItsTokenIsRefused()
			throws IOException, InterruptedException {
		Browser browser = new Browser();
		browser.signIn(desk(), PASSWORD);
		String entry = "/staff/inbox/" + this.clinicUrgent.id();
		Document summary = Jsoup.parse(browser.get(entry).body());
		assertThat(summary.select(".app-reference").text()).isEqualTo(this.clinicUrgent.reference());
		assertThat(summary.text()).contains("Speak to a doctor today", "From: <b>Al</b>");

		assertThat(browser.post(entry + "/delete", Map.of()).statusCode()).as("no CSRF token").isEqualTo(403);
		assertThat(stillThere(this.clinicUrgent)).isTrue();

		assertThat(browser.postWithToken(entry + "/seen?lang=es", entry).headers().firstValue("Location").orElseThrow())
			.endsWith(entry + "?lang=es");
		assertThat(this.jdbc.queryForObject("SELECT seen_at FROM submission WHERE id = ?", Object.class,
				this.clinicUrgent.id()))
			.isNotNull();
		assertThat(browser.postWithToken(entry + "/delete", entry).statusCode()).isEqualTo(302);
		assertThat(stillThere(this.clinicUrgent)).isFalse();
		assertThat(this.jdbc.queryForList(
				"SELECT action FROM audit_event WHERE organisation_id = ? AND reference = ? ORDER BY id", String.class,
				this.clinic.id(), this.clinicUrgent.reference()))
			.containsExactly("OPEN", "OPEN", "MARK_SEEN", "OPEN", "DELETE");
		assertThat(this.jdbc.queryForList("SELECT action FROM audit_event WHERE organisation_id = ?", String.class,
				this.clinic.id()))
			.contains("SIGN_IN");
	}

	@Test
	void repeatedWrongPasswordsLockTheAccountForAWhile() throws IOException, InterruptedException {
		Browser browser = new Browser();
		for (int i = 0; i < LoginLimits.PER_ACCOUNT; i++) {
			assertThat(browser.signIn(desk(), "wrong").headers().firstValue("Location").orElseThrow())
				.endsWith("/staff/login?error");
		}
		assertThat(new Browser().signIn(desk(), PASSWORD).headers().firstValue("Location").orElseThrow())
			.endsWith("/staff/login?locked");
		assertThat(new Browser()
			.signIn(this.accounts.findByOrganisationIdOrderByUsername(this.club.id()).get(0).username(), PASSWORD)
			.headers()
			.firstValue("Location")
			.orElseThrow()).endsWith("/staff/inbox");
	}

	@Test
	void onlyAnAdminReadsTheAuditLogAndShortensTheRetentionOfItsOwnOrganisation()
			throws IOException, InterruptedException {
		Browser staff = new Browser();
		staff.signIn(desk(), PASSWORD);
		assertThat(staff.get("/staff/admin").statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(staff.get("/staff/inbox").body()).select("a[href^='/staff/admin']")).isEmpty();

		Browser admin = new Browser();
		String coach = this.accounts.findByOrganisationIdOrderByUsername(this.club.id()).get(0).username();
		admin.signIn(coach, PASSWORD);
		Document page = Jsoup.parse(admin.get("/staff/admin").body());
		assertThat(page.select("h1").text()).isEqualTo("Settings: Hill Harriers");
		assertThat(page.select("tbody").text()).contains(coach, "Signed in");
		assertThat(page.select("tbody").text()).doesNotContain(desk());
		for (String bad : new String[] { "0", "91", "abc", "" }) {
			Document refused = Jsoup
				.parse(admin.postWithToken("/staff/admin/retention", "/staff/admin", Map.of("days", bad)).body());
			assertThat(refused.title()).as(bad).startsWith("Error: ");
			assertThat(refused.select("#days").attr("aria-invalid")).isEqualTo("true");
		}
		assertThat(admin.postWithToken("/staff/admin/retention", "/staff/admin", Map.of("days", "2")).statusCode())
			.isEqualTo(302);
		assertThat(this.organisations.findById(this.club.id()).orElseThrow().retentionDays()).isEqualTo(2);
		assertThat(admin.postWithToken("/staff/admin/retention?lang=es", "/staff/admin", Map.of("days", "2"))
			.headers()
			.firstValue("Location")
			.orElseThrow()).as("the chosen language kept").endsWith("/staff/admin?lang=es");
		Instant shortened = this.jdbc
			.queryForObject("SELECT delete_after FROM submission WHERE id = ?", Timestamp.class, this.clubEntry.id())
			.toInstant();
		assertThat(shortened.truncatedTo(ChronoUnit.MILLIS))
			.isEqualTo(this.clubEntry.sentAt().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MILLIS));
		assertThat(this.jdbc
			.queryForObject("SELECT delete_after FROM submission WHERE id = ?", Timestamp.class,
					this.clinicSelfCare.id())
			.toInstant()
			.truncatedTo(ChronoUnit.MILLIS)).as("another organisation's")
			.isEqualTo(this.clinicSelfCare.deleteAfter().truncatedTo(ChronoUnit.MILLIS));
		assertThat(this.jdbc.queryForList("SELECT action FROM audit_event WHERE organisation_id = ?", String.class,
				this.club.id()))
			.contains("READ_AUDIT_LOG", "SET_RETENTION");
	}

	@Test
	void anAdminAddsAMemberWhoseOneTimeShownPasswordWorksAndRemovesThemWhichEndsTheirSession()
			throws IOException, InterruptedException {
		Browser admin = new Browser();
		String coach = this.accounts.findByOrganisationIdOrderByUsername(this.club.id()).get(0).username();
		admin.signIn(coach, PASSWORD);
		String newcomer = "helper-" + Long.toString(System.nanoTime(), 36);
		HttpResponse<String> added = admin.postWithToken("/staff/admin/staff", "/staff/admin",
				Map.of("username", newcomer, "role", "STAFF"));
		assertThat(added.statusCode()).isEqualTo(200);
		assertThat(added.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		Document page = Jsoup.parse(added.body());
		String password = page.select(".app-notice code").text();
		assertThat(password).matches("[2-9a-z]{4}(-[2-9a-z]{4}){3}");
		assertThat(this.accounts.findByUsername(newcomer).orElseThrow().organisationId()).isEqualTo(this.club.id());
		assertThat(Jsoup.parse(admin.get("/staff/admin").body()).select(".app-notice code"))
			.as("shown once, never again")
			.isEmpty();

		Browser helper = new Browser();
		assertThat(helper.signIn(newcomer.toUpperCase(Locale.ROOT), password)
			.headers()
			.firstValue("Location")
			.orElseThrow()).endsWith("/staff/inbox");
		assertThat(helper.get("/staff/inbox").statusCode()).isEqualTo(200);
		assertThat(helper.get("/staff/admin").statusCode()).as("STAFF, not ADMIN").isEqualTo(403);

		for (Map<String, String> bad : List.of(Map.of("username", ""), Map.of("username", "has space"),
				Map.of("username", "<b>x</b>"), Map.of("username", "y".repeat(61)), Map.of("username", newcomer),
				Map.of("username", desk()), Map.of("username", desk().toUpperCase(Locale.ROOT)))) {
			Document refused = Jsoup.parse(admin.postWithToken("/staff/admin/staff", "/staff/admin", bad).body());
			assertThat(refused.title()).as(bad.toString()).startsWith("Error: ");
			assertThat(refused.select(".app-error-summary a").attr("href")).isEqualTo("#question-username");
			assertThat(refused.select("#username").attr("aria-invalid")).isEqualTo("true");
			assertThat(refused.select("#username").val()).isEqualTo(bad.get("username"));
			assertThat(refused.select("a.app-header__language").attr("href")).as("the page the form is on")
				.isEqualTo("/staff/admin?lang=es");
		}

		long helperId = this.accounts.findByUsername(newcomer).orElseThrow().id();
		long deskId = this.accounts.findByUsername(desk()).orElseThrow().id();
		long selfId = this.accounts.findByUsername(coach).orElseThrow().id();
		assertThat(admin.postWithToken("/staff/admin/staff/" + deskId + "/remove", "/staff/admin").statusCode())
			.as("another organisation's member")
			.isEqualTo(404);
		assertThat(admin.postWithToken("/staff/admin/staff/" + selfId + "/remove", "/staff/admin").statusCode())
			.as("oneself")
			.isEqualTo(404);
		assertThat(admin.post("/staff/admin/staff/" + helperId + "/remove", Map.of()).statusCode())
			.as("without a CSRF token")
			.isEqualTo(403);
		String token = Jsoup.parse(admin.get("/staff/admin").body()).select("input[name=_csrf]").val();
		assertThat(admin.post("/staff/admin/staff/" + helperId + "/remove?_csrf=" + token, Map.of()).statusCode())
			.as("with the token in the address")
			.isEqualTo(400);
		assertThat(admin.post("/staff/admin/staff?username=byaddress&role=ADMIN", Map.of("_csrf", token)).statusCode())
			.as("with the fields in the address")
			.isEqualTo(400);
		assertThat(this.accounts.findByUsername("byaddress")).isEmpty();
		assertThat(this.accounts.findByUsername(newcomer)).isPresent();
		assertThat(admin.postWithToken("/staff/admin/staff/" + helperId + "/remove", "/staff/admin").statusCode())
			.isEqualTo(302);
		assertThat(this.accounts.findByUsername(newcomer)).isEmpty();
		assertThat(this.accounts.findByUsername(desk())).isPresent();
		assertThat(helper.get("/staff/inbox").statusCode()).as("signed out at once").isEqualTo(302);
		assertThat(this.jdbc.queryForList(
				"SELECT action FROM audit_event WHERE organisation_id = ? AND staff_account = ? ORDER BY id",
				String.class, this.club.id(), newcomer))
			.containsExactly("ADD_STAFF", "REMOVE_STAFF");
		assertThat(Jsoup.parse(admin.get("/staff/admin").body()).select("tbody").text())
			.contains("Removed a member of staff " + newcomer);

		Browser staff = new Browser();
		staff.signIn(desk(), PASSWORD);
		assertThat(staff.postWithToken("/staff/admin/staff", "/staff/inbox", Map.of("username", "sneaky")).statusCode())
			.as("STAFF cannot add")
			.isEqualTo(403);
		assertThat(this.accounts.findByUsername("sneaky")).isEmpty();
	}

	private boolean stillThere(Submission submission) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE id = ?", Integer.class,
				submission.id()) == 1;
	}

	/** Keeps cookies and follows no redirect, as a browser's requests look one by one. */
	private final class Browser {

		private final CookieManager cookies = new CookieManager();

		private final HttpClient client = HttpClient.newBuilder().cookieHandler(this.cookies).build();

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
			String body = form.entrySet()
				.stream()
				.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return this.client.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		/** Posts with the CSRF token of the page a browser would post from. */
		HttpResponse<String> postWithToken(String path, String from) throws IOException, InterruptedException {
			return postWithToken(path, from, Map.of());
		}

		HttpResponse<String> postWithToken(String path, String from, Map<String, String> form)
				throws IOException, InterruptedException {
			String token = Jsoup.parse(get(from).body()).select("input[name=_csrf]").val();
			assertThat(token).as("a token on %s", from).isNotEmpty();
			Map<String, String> fields = new LinkedHashMap<>(form);
			fields.put("_csrf", token);
			return post(path, fields);
		}

		HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
			String token = Jsoup.parse(get("/staff/login").body()).select("input[name=_csrf]").val();
			return post("/staff/login", Map.of("username", username, "password", password, "_csrf", token));
		}

		String session() {
			return this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter((cookie) -> cookie.getName().equals("BACKCHECK_STAFF"))
				.map(java.net.HttpCookie::getValue)
				.findFirst()
				.orElse(null);
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + StaffAreaTests.this.port + path);
		}

	}

}
