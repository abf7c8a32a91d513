package app.backcheck.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that seals share links: from configuration, or else made once and kept in the data directory so that
 * links survive a restart.
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

	private static void create(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		byte[] key = new byte[KEY_BYTES];
		new SecureRandom().nextBytes(key);
		try {
			Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII,
					StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
			restrictToOwner(file);
		}
		catch (FileAlreadyExistsException ex) {
			// Another instance sharing the directory made it first: use theirs
		}
	}

	private static void restrictToOwner(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system: the directory's own protection applies
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
