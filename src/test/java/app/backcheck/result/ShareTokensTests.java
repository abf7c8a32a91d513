package app.backcheck.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import javax.crypto.spec.SecretKeySpec;

import app.backcheck.result.ShareTokens.Status;
import app.backcheck.triage.TestAnswers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShareTokensTests {

	private static final Instant CHECKED_AT = Instant.parse("2026-11-01T09:30:00Z");

	private final ShareTokens tokens = tokens(key(1), CHECKED_AT.plus(Duration.ofDays(3)));

	@Test
	void openShouldGiveBackTheAnswersAndDateSealed() {
		TestAnswers answers = TestAnswers.baseline().with("worseWhen=ARCHING_BACK, AS_RUN_GOES_ON; severity=8; age=17");
		String token = this.tokens.seal(new SharedCheck(answers.raw(), CHECKED_AT));
		ShareTokens.Opened opened = this.tokens.open(token);
		assertThat(opened.status()).isEqualTo(Status.OPEN);
		assertThat(opened.check().checkedAt()).isEqualTo(CHECKED_AT);
		assertThat(opened.check().answers()).isEqualTo(answers.raw());
		assertThat(token).matches("[A-Za-z0-9_-]+").hasSizeLessThan(160);
	}

	@Test
	void openShouldKeepQuestionsThatWereNotAskedAbsent() {
		Map<String, List<String>> emergencyOnly = Map.of("emergencySigns", List.of("CHEST_PAIN", "BOTH_LEGS"));
		ShareTokens.Opened opened = this.tokens.open(this.tokens.seal(new SharedCheck(emergencyOnly, CHECKED_AT)));
		assertThat(opened.check().answers()).containsOnlyKeys("emergencySigns");
		assertThat(opened.check().answers().get("emergencySigns")).containsExactlyInAnyOrder("CHEST_PAIN", "BOTH_LEGS");
	}

	@Test
	void aTokenShouldRevealNothingAndDifferEachTime() {
		SharedCheck check = new SharedCheck(TestAnswers.baseline().raw(), CHECKED_AT);
		String first = this.tokens.seal(check);
		assertThat(this.tokens.seal(check)).isNotEqualTo(first);
		String sealedBytes = new String(Base64.getUrlDecoder().decode(first), StandardCharsets.ISO_8859_1);
		assertThat(sealedBytes).doesNotContain(AnswerCodec.encode(check.answers()));
		assertThat(first).doesNotContain("ALL_OVER");
	}

	@Test
	void openWhenAnyCharacterIsChangedShouldRefuse() {
		String token = this.tokens.seal(new SharedCheck(TestAnswers.baseline().raw(), CHECKED_AT));
		for (int i = 0; i < token.length(); i++) {
			char changed = (token.charAt(i) == 'A') ? 'B' : 'A';
			String tampered = token.substring(0, i) + changed + token.substring(i + 1);
			assertThat(this.tokens.open(tampered).status()).as("changed at %d", i).isEqualTo(Status.INVALID);
		}
	}

	@Test
	void openWhenTruncatedShouldRefuse() {
		String token = this.tokens.seal(new SharedCheck(TestAnswers.baseline().raw(), CHECKED_AT));
		for (int length = 0; length < token.length(); length++) {
			assertThat(this.tokens.open(token.substring(0, length)).status()).isEqualTo(Status.INVALID);
		}
	}

	@Test
	void openAfterTheTimeToLiveShouldSayExpired() {
		String token = this.tokens.seal(new SharedCheck(TestAnswers.baseline().raw(), CHECKED_AT));
		assertThat(tokens(key(1), CHECKED_AT.plus(Duration.ofDays(30))).open(token).status()).isEqualTo(Status.OPEN);
		assertThat(tokens(key(1), CHECKED_AT.plus(Duration.ofDays(30)).plusSeconds(1)).open(token).status())
			.isEqualTo(Status.EXPIRED);
	}

	@Test
	void openWithAnotherKeyShouldRefuse() {
		String token = this.tokens.seal(new SharedCheck(TestAnswers.baseline().raw(), CHECKED_AT));
		assertThat(tokens(key(2), CHECKED_AT).open(token).status()).isEqualTo(Status.INVALID);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "not a token", "%00", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
			"../../etc/passwd", "<script>alert(1)</script>" })
	void openWhenNotATokenShouldRefuse(String token) {
		assertThat(this.tokens.open(token).status()).isEqualTo(Status.INVALID);
	}

	@Test
	void openWhenHugeShouldRefuseUnread() {
		assertThat(this.tokens.open("A".repeat(100_000)).status()).isEqualTo(Status.INVALID);
		assertThat(this.tokens.open(null).status()).isEqualTo(Status.INVALID);
	}

	@Test
	void referenceShouldBeShortReadableAndTheSameForTheSameToken() {
		String token = this.tokens.seal(new SharedCheck(TestAnswers.baseline().raw(), CHECKED_AT));
		assertThat(ShareTokens.reference(token)).matches("[2-9A-Z]{4}-[2-9A-Z]{4}")
			.isEqualTo(ShareTokens.reference(token))
			.doesNotContain("0", "1", "O", "I");
	}

	@Test
	void withoutAConfiguredKeyOneShouldBeMadeOnceAndKeptSoLinksSurviveARestart(@TempDir java.nio.file.Path dir) {
		ShareProperties properties = new ShareProperties(null, Duration.ofDays(30), dir);
		ShareTokens first = new ShareTokens(ShareKey.from(properties), properties.ttl(), Clock.systemUTC());
		String token = first.seal(new SharedCheck(TestAnswers.baseline().raw(), Instant.now()));
		ShareTokens restarted = new ShareTokens(ShareKey.from(properties), properties.ttl(), Clock.systemUTC());
		assertThat(restarted.open(token).status()).isEqualTo(Status.OPEN);
		assertThat(dir.resolve(ShareKey.FILE_NAME)).exists();
	}

	@Test
	void aKeyMadeByManyInstancesAtOnceShouldBeOneWholeKeyOnlyItsOwnerCanRead(@TempDir java.nio.file.Path dir)
			throws Exception {
		for (int round = 0; round < 20; round++) {
			java.nio.file.Path data = dir.resolve("data-" + round);
			ShareProperties properties = new ShareProperties(null, Duration.ofDays(30), data);
			ExecutorService pool = Executors.newFixedThreadPool(8);
			try {
				List<Future<byte[]>> keys = new ArrayList<>();
				for (int i = 0; i < 8; i++) {
					keys.add(pool.submit(() -> ShareKey.from(properties).getEncoded()));
				}
				byte[] first = keys.get(0).get();
				for (Future<byte[]> key : keys) {
					assertThat(key.get()).isEqualTo(first);
				}
			}
			finally {
				pool.shutdownNow();
			}
			java.nio.file.Path file = data.resolve(ShareKey.FILE_NAME);
			assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
			try (Stream<java.nio.file.Path> files = Files.list(data)) {
				assertThat(files).containsExactly(file);
			}
		}
	}

	@Test
	void everyTokenShouldBeOneLengthSoItTellsNothingOfTheResult() {
		Map<String, List<String>> longest = new java.util.LinkedHashMap<>();
		for (app.backcheck.triage.Question question : app.backcheck.triage.Questionnaire.QUESTIONS) {
			longest.put(question.field(), switch (question.kind()) {
				case ANY_OF -> question.codes();
				case ONE_OF, YES_NO -> List.of(question.codes().get(question.codes().size() - 1));
				case WHOLE_NUMBER -> List.of(String.valueOf(question.max()));
			});
		}
		List<Map<String, List<String>>> checks = List.of(Map.of("emergencySigns", List.of("CHEST_PAIN")),
				Map.of("legPain", List.of("BOTH_LEGS")), TestAnswers.baseline().raw(), longest);
		List<Integer> lengths = checks.stream()
			.map((answers) -> this.tokens.seal(new SharedCheck(answers, CHECKED_AT)).length())
			.toList();
		assertThat(lengths).containsOnly(lengths.get(0));
		assertThat(AnswerCodec.encode(longest).length()).isLessThanOrEqualTo(ShareTokens.PADDED_ANSWERS);
		String token = this.tokens.seal(new SharedCheck(longest, CHECKED_AT));
		assertThat(this.tokens.open(token).check().answers()).isEqualTo(longest);
	}

	@Test
	void instancesGivenTheSameConfiguredKeyShouldOpenEachOthersLinks(@TempDir java.nio.file.Path dir) {
		String key = Base64.getEncoder().encodeToString(new byte[32]);
		ShareProperties properties = new ShareProperties(key, Duration.ofDays(30), dir);
		String token = new ShareTokens(ShareKey.from(properties), properties.ttl(), Clock.systemUTC())
			.seal(new SharedCheck(TestAnswers.baseline().raw(), Instant.now()));
		assertThat(new ShareTokens(ShareKey.from(properties), properties.ttl(), Clock.systemUTC()).open(token).status())
			.isEqualTo(Status.OPEN);
		assertThat(dir.resolve(ShareKey.FILE_NAME)).doesNotExist();
	}

	private static ShareTokens tokens(SecretKeySpec key, Instant now) {
		return new ShareTokens(key, Duration.ofDays(30), Clock.fixed(now, ZoneOffset.UTC));
	}

	private static SecretKeySpec key(int seed) {
		byte[] key = new byte[32];
		java.util.Arrays.fill(key, (byte) seed);
		return new SecretKeySpec(key, "AES");
	}

}
