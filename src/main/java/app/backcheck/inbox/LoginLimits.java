package app.backcheck.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Failed sign-ins are limited per account ({@value #PER_ACCOUNT} in {@link #WINDOW}) and
 * per client address ({@value #PER_CLIENT}), so that a password cannot be guessed by
 * trying many. A success clears the account's count. Kept in this instance's memory.
 */
class LoginLimits {

	static final int PER_ACCOUNT = 5;

	static final int PER_CLIENT = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private static final int MAX_KEYS = 10_000;

	private final Clock clock;

	private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
			return size() > MAX_KEYS;
		}

	};

	LoginLimits(Clock clock) {
		this.clock = clock;
	}

	synchronized boolean blocked(String username, String client) {
		return recent(account(username)) >= PER_ACCOUNT || recent(client(client)) >= PER_CLIENT;
	}

	synchronized void failed(String username, String client) {
		Instant now = this.clock.instant();
		this.failures.computeIfAbsent(account(username), (key) -> new ArrayDeque<>()).add(now);
		this.failures.computeIfAbsent(client(client), (key) -> new ArrayDeque<>()).add(now);
	}

	synchronized void succeeded(String username) {
		this.failures.remove(account(username));
	}

	private int recent(String key) {
		Deque<Instant> times = this.failures.get(key);
		if (times == null) {
			return 0;
		}
		Instant since = this.clock.instant().minus(WINDOW);
		while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
			times.pollFirst();
		}
		return times.size();
	}

	private static String account(String username) {
		return "account " + ((username != null) ? username.strip().toLowerCase(Locale.ROOT) : "");
	}

	private static String client(String address) {
		return "client " + address;
	}

}
