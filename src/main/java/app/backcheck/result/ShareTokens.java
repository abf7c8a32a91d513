package app.backcheck.result;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Seals a check into a share link token and opens it again. Nothing is stored: the token
 * is the answers and the date of the check, encrypted and authenticated with AES-GCM
 * under the share key, so it reveals nothing to whoever reads the URL and cannot be
 * altered. It opens for {@code backcheck.share.ttl} after the check. The answers are
 * padded to one length, so a token's length does not tell an emergency stop from a full
 * check.
 */
@Component
@EnableConfigurationProperties(ShareProperties.class)
public class ShareTokens {

	private static final String CIPHER = "AES/GCM/NoPadding";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	/** 2 since ruleset 2.0.0 asks more questions: a link made before it does not open. */
	private static final byte VERSION = 2;

	/**
	 * Longer than the answers to every question can be; padding fills the rest with zero
	 * bytes.
	 */
	static final int PADDED_ANSWERS = 64;

	/**
	 * Binds tokens to their purpose, so nothing else sealed with the same key opens as
	 * one.
	 */
	private static final byte[] PURPOSE = "backcheck share link".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] STORED = "backcheck stored answers".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] KIOSK = "backcheck kiosk print".getBytes(StandardCharsets.US_ASCII);

	/** Far longer than any token made here; anything longer is refused unread. */
	private static final int MAX_TOKEN_LENGTH = 400;

	private final SecretKey key;

	private final Duration ttl;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	@Autowired
	public ShareTokens(ShareProperties properties, ObjectProvider<Clock> clock) {
		this(ShareKey.from(properties), properties.ttl(), clock.getIfAvailable(Clock::systemUTC));
	}

	ShareTokens(SecretKey key, Duration ttl, Clock clock) {
		this.key = key;
		this.ttl = ttl;
		this.clock = clock;
	}

	public String seal(SharedCheck check) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(sealBytes(check, PURPOSE));
	}

	/**
	 * Seals a check made on a kiosk, for its Print link: it opens only with
	 * {@link #openOnKiosk}, never as a share link, so that the address left in a shared
	 * tablet's history shows nothing once the walk-in's turn is over.
	 */
	public String sealOnKiosk(SharedCheck check) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(sealBytes(check, KIOSK));
	}

	/**
	 * Opens a token: the check it seals, or why it does not open. Never throws for what a
	 * client sends.
	 */
	public Opened open(String token) {
		return open(token, PURPOSE);
	}

	/** Opens what {@link #sealOnKiosk} sealed, as {@link #open} does a share link. */
	public Opened openOnKiosk(String token) {
		return open(token, KIOSK);
	}

	private Opened open(String token, byte[] purpose) {
		if (token == null || token.length() > MAX_TOKEN_LENGTH) {
			return Opened.INVALID;
		}
		try {
			byte[] bytes = Base64.getUrlDecoder().decode(token);
			if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(token)) {
				// Only the one spelling made here opens: no padding, no stray bits in the
				// last character
				return Opened.INVALID;
			}
			SharedCheck check = openBytes(bytes, purpose);
			boolean expired = this.clock.instant().isAfter(check.checkedAt().plus(this.ttl));
			return expired ? Opened.EXPIRED : new Opened(Status.OPEN, check);
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			// Tampered, truncated, sealed with another key, or not a token at all
			return Opened.INVALID;
		}
	}

	/**
	 * Seals a check to be kept at rest (a screening sent to an organisation), under the
	 * same key but for another purpose: what is sealed for storage never opens as a share
	 * link, and the other way round.
	 */
	public byte[] sealForStorage(SharedCheck check) {
		return sealBytes(check, STORED);
	}

	/**
	 * Opens what {@link #sealForStorage} sealed; empty when it does not open under this
	 * key.
	 */
	public Optional<SharedCheck> openFromStorage(byte[] sealed) {
		try {
			return Optional.of(openBytes(sealed, STORED));
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private byte[] sealBytes(SharedCheck check, byte[] purpose) {
		byte[] answers = AnswerCodec.encode(check.answers()).getBytes(StandardCharsets.US_ASCII);
		byte[] plain = ByteBuffer.allocate(1 + Long.BYTES + Math.max(answers.length, PADDED_ANSWERS))
			.put(VERSION)
			.putLong(check.checkedAt().getEpochSecond())
			.put(answers)
			.array();
		byte[] iv = new byte[IV_BYTES];
		this.random.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance(CIPHER);
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(purpose);
			byte[] sealed = cipher.doFinal(plain);
			return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	private SharedCheck openBytes(byte[] bytes, byte[] purpose) throws GeneralSecurityException {
		ByteBuffer sealed = ByteBuffer.wrap(bytes);
		byte[] iv = new byte[IV_BYTES];
		sealed.get(iv);
		Cipher cipher = Cipher.getInstance(CIPHER);
		cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, iv));
		cipher.updateAAD(purpose);
		ByteBuffer plain = ByteBuffer.wrap(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES));
		if (plain.get() != VERSION) {
			throw new IllegalArgumentException("Sealed by another version");
		}
		Instant checkedAt = Instant.ofEpochSecond(plain.getLong());
		byte[] padded = new byte[plain.remaining()];
		plain.get(padded);
		int length = padded.length;
		while (length > 0 && padded[length - 1] == 0) {
			length--;
		}
		byte[] answers = Arrays.copyOf(padded, length);
		return new SharedCheck(AnswerCodec.decode(new String(answers, StandardCharsets.US_ASCII)), checkedAt);
	}

	/**
	 * A code only this site can make for a text, for a purpose of its own: HMAC-SHA256
	 * under a key derived from the share key, its first 16 bytes. For values that travel
	 * in pages and must come back unchanged, such as a kiosk walk-in's turn.
	 */
	public String sign(String purpose, String text) {
		try {
			Mac derive = Mac.getInstance("HmacSHA256");
			derive.init(new SecretKeySpec(this.key.getEncoded(), "HmacSHA256"));
			byte[] purposeKey = derive.doFinal(("backcheck signed " + purpose).getBytes(StandardCharsets.UTF_8));
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(purposeKey, "HmacSHA256"));
			byte[] code = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(code, 16));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	/** When a link made now stops opening. */
	public Instant expiresAt(Instant checkedAt) {
		return checkedAt.plus(this.ttl);
	}

	/**
	 * A short code that names a result aloud or on paper, for example "K7QM-2XPD". Not a
	 * secret.
	 */
	public static String reference(String token) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
			String alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
			StringBuilder code = new StringBuilder();
			for (int i = 0; i < 8; i++) {
				code.append(alphabet.charAt((hash[i] & 0xff) % alphabet.length()));
				if (i == 3) {
					code.append('-');
				}
			}
			return code.toString();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public enum Status {

		OPEN, EXPIRED, INVALID

	}

	/** The outcome of opening a token; {@code check} only when it opened. */
	public record Opened(Status status, SharedCheck check) {

		static final Opened INVALID = new Opened(Status.INVALID, null);

		static final Opened EXPIRED = new Opened(Status.EXPIRED, null);

	}

}
