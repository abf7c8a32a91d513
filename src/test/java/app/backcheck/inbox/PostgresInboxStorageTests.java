package app.backcheck.inbox;

import app.backcheck.MovableClock;

import org.junit.jupiter.api.AfterAll;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The inbox's storage on PostgreSQL, as production uses, in a schema of its own that is
 * dropped afterwards.
 */
@SpringBootTest
@ActiveProfiles("postgres")
@Import(MovableClock.Config.class)
class PostgresInboxStorageTests extends InboxStorageContract {

	private static final TestPostgres POSTGRES = TestPostgres.schema();

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		POSTGRES.register(registry);
	}

	@AfterAll
	static void dropSchema() {
		POSTGRES.drop();
	}

}
