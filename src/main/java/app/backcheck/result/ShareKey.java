package app.backcheck.result;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that seals share links: from configuration, or else made once and kept in the
 * data directory so that links survive a restart.
 */
final class ShareKey {

	static final String FILE_NAME = "share.key";

	private static final int KEY_BYTES = 32;

	private ShareKey() {
	}

	static SecretKey from(ShareProperties properties) {
		String configured = properties.key();
		if (configured != null && !configured.isBlank()) {
			return decode(configured.strip(), "backcheck.share.key");
		}
		Path file = properties.dataDir().resolve(FILE_NAME);
		try {
			if (!Files.exists(file)) {
				create(file);
			}
			return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the share key " + file, ex);
		}
	}

	/**
	 * Writes the key whole into a file that only its owner can read from the start, then
	 * gives it its name in one step: nobody ever reads a half-written key or one readable
	 * by others.
	 */
	private static void create(Path file) throws IOException {
		Path directory = file.toAbsolutePath().getParent();
		Files.createDirectories(directory);
		byte[] key = new byte[KEY_BYTES];
		new SecureRandom().nextBytes(key);
		Path written = ownerOnly(directory);
		try {
			Files.writeString(written, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
			Files.createLink(file, written);
		}
		catch (FileAlreadyExistsException ex) {
			// Another instance sharing the directory made it first: use theirs
		}
		catch (UnsupportedOperationException ex) {
			// No hard links here: a move that never replaces does the same, a little less
			// atomically
			moveUnlessTaken(written, file);
		}
		finally {
			Files.deleteIfExists(written);
		}
	}

	private static Path ownerOnly(Path directory) throws IOException {
		try {
			return Files.createTempFile(directory, FILE_NAME, ".new",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system: the directory's own protection applies
			return Files.createTempFile(directory, FILE_NAME, ".new");
		}
	}

	private static void moveUnlessTaken(Path written, Path file) throws IOException {
		try {
			Files.move(written, file);
		}
		catch (FileAlreadyExistsException ex) {
			// Another instance made it first
		}
	}

	private static SecretKey decode(String base64, String where) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("The share key in " + where + " is not base64");
		}
		if (key.length != KEY_BYTES) {
			throw new IllegalStateException("The share key in " + where + " must be " + KEY_BYTES + " bytes");
		}
		return new SecretKeySpec(key, "AES");
	}

}
