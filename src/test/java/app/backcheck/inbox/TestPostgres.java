package app.backcheck.inbox;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL server of these machines (127.0.0.1:5432, trust authentication, database
 * {@code test}), with a schema of its own for one test class. Where none answers the
 * tests are skipped, unless {@value #REQUIRE} is {@code true} (as CI sets it), when that
 * is a failure.
 */
public final class TestPostgres {

	static final String REQUIRE = "BACKCHECK_REQUIRE_POSTGRES";

	static final String URL = System.getenv()
		.getOrDefault("BACKCHECK_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");

	static final String USER = System.getenv().getOrDefault("BACKCHECK_TEST_POSTGRES_USER", "postgres");

	private final String schema;

	private TestPostgres(String schema) {
		this.schema = schema;
	}

	/**
	 * A new schema, named for no one else; skips (or fails under CI) where PostgreSQL
	 * does not answer.
	 */
	public static TestPostgres schema() {
		try (Connection connection = DriverManager.getConnection(URL, USER, "")) {
			connection.isValid(2);
		}
		catch (SQLException ex) {
			String message = "PostgreSQL does not answer at " + URL + " as " + USER + ": " + ex.getMessage();
			if (Boolean.parseBoolean(System.getenv(REQUIRE))) {
				Assertions.fail(message);
			}
			Assumptions.abort(message + ". PostgreSQL tests skipped.");
		}
		return new TestPostgres("backcheck_test_" + UUID.randomUUID().toString().replace("-", ""));
	}

	public String name() {
		return this.schema;
	}

	public void register(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + this.schema);
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> "");
		registry.add("spring.flyway.schemas", () -> this.schema);
	}

	public void drop() {
		try (Connection connection = DriverManager.getConnection(URL, USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + this.schema + " CASCADE");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
