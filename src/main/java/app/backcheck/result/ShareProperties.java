package app.backcheck.result;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Share links.
 *
 * @param key the AES-256 key that seals share links, base64; every instance given the
 * same key opens every link. Without one, a key is made once and kept in {@code dataDir}
 * @param ttl how long a share link opens
 * @param dataDir where a generated key is kept
 */
@ConfigurationProperties("backcheck.share")
public record ShareProperties(String key, @DefaultValue("30d") Duration ttl, @DefaultValue("data") Path dataDir) {
}
