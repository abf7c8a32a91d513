package app.backcheck.inbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Failed sign-ins are limited per account ({@value #PER_ACCOUNT}, then one more every
 * {@link #WINDOW} / {@value #PER_ACCOUNT}) and per client address ({@value #PER_CLIENT}
 * in the same way), so that a password cannot be guessed by trying many. A success
 * refills the account's bucket. The buckets are Bucket4j's, kept in the database with its
 * PostgreSQL select-for-update backend (whose SQL the embedded H2 database, in its
 * PostgreSQL mode, runs too), so every instance counts the same failures.
 */
class LoginLimits {

	static final int PER_ACCOUNT = 5;

	static final int PER_CLIENT = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final Buckets buckets;

	private final BucketConfiguration perAccount = configuration(PER_ACCOUNT);

	private final BucketConfiguration perClient = configuration(PER_CLIENT);

	private LoginLimits(Buckets buckets) {
		this.buckets = buckets;
	}

	/**
	 * Limits kept where every instance sees them when the database is PostgreSQL; in this
	 * instance's memory otherwise (the embedded H2 database serves one instance).
	 */
	static LoginLimits of(DataSource dataSource, Clock clock) {
		try (Connection connection = dataSource.getConnection()) {
			boolean shared = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
			return new LoginLimits(shared ? new SharedBuckets(dataSource, clock) : new LocalBuckets(clock));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot tell which database keeps the sign-in limits", ex);
		}
	}

	/** Whether these limits are kept where every instance sees them. */
	boolean shared() {
		return this.buckets instanceof SharedBuckets;
	}

	private static BucketConfiguration configuration(int capacity) {
		return BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(capacity).refillGreedy(capacity, WINDOW))
			.build();
	}

	boolean blocked(String username, String client) {
		return this.buckets.get(account(username), this.perAccount).getAvailableTokens() < 1
				|| this.buckets.get(client(client), this.perClient).getAvailableTokens() < 1;
	}

	void failed(String username, String client) {
		this.buckets.get(account(username), this.perAccount).tryConsume(1);
		this.buckets.get(client(client), this.perClient).tryConsume(1);
	}

	void succeeded(String username) {
		this.buckets.remove(account(username));
	}

	/** Buckets that have refilled hold nothing worth keeping. */
	@Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT1M")
	void removeRefilled() {
		this.buckets.removeRefilled();
	}

	private static String account(String username) {
		return key("account " + ((username != null) ? username.strip().toLowerCase(Locale.ROOT) : ""));
	}

	private static String client(String address) {
		return key("client " + address);
	}

	/** Neither a typed account name (which may be a password) nor an address is kept. */
	private static String key(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private interface Buckets {

		Bucket get(String key, BucketConfiguration configuration);

		void remove(String key);

		void removeRefilled();

	}

	/** Bucket4j's PostgreSQL backend: a row per bucket, locked while it is used. */
	private static final class SharedBuckets implements Buckets {

		private static final int BATCH = 1000;

		private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

		SharedBuckets(DataSource dataSource, Clock clock) {
			this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
				.primaryKeyMapper(PrimaryKeyMapper.STRING)
				.table("login_limit")
				.idColumn("id")
				.stateColumn("state")
				.expiresAtColumn("expires_at")
				.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
				.clientClock(new ClockTimeMeter(clock))
				.build();
		}

		@Override
		public Bucket get(String key, BucketConfiguration configuration) {
			return this.buckets.getProxy(key, () -> configuration);
		}

		@Override
		public void remove(String key) {
			this.buckets.removeProxy(key);
		}

		@Override
		public void removeRefilled() {
			while (this.buckets.removeExpired(BATCH) == BATCH) {
				// the next batch
			}
		}

	}

	/**
	 * Buckets in this instance's memory, the least recently used dropped beyond a bound.
	 */
	private static final class LocalBuckets implements Buckets {

		private static final int MAX_KEYS = 10_000;

		private final TimeMeter time;

		private record Held(Bucket bucket, long capacity) {
		}

		private final Map<String, Held> buckets = new LinkedHashMap<>(256, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Held> eldest) {
				return size() > MAX_KEYS;
			}

		};

		LocalBuckets(Clock clock) {
			this.time = new ClockTimeMeter(clock);
		}

		@Override
		public synchronized Bucket get(String key, BucketConfiguration configuration) {
			Bandwidth limit = configuration.getBandwidths()[0];
			Held held = this.buckets.computeIfAbsent(key,
					(k) -> new Held(Bucket.builder().withCustomTimePrecision(this.time).addLimit(limit).build(),
							limit.getCapacity()));
			return held.bucket();
		}

		@Override
		public synchronized void remove(String key) {
			this.buckets.remove(key);
		}

		@Override
		public synchronized void removeRefilled() {
			this.buckets.values().removeIf((held) -> held.bucket().getAvailableTokens() >= held.capacity());
		}

	}

	/** Bucket4j's time from the application's clock, so that tests can move it. */
	private record ClockTimeMeter(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			return ChronoUnit.NANOS.between(Instant.EPOCH, this.clock.instant());
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
