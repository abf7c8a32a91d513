package app.backcheck.inbox;

import app.backcheck.MovableClock;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The inbox's storage on the embedded H2 database, in PostgreSQL mode, as
 * {@code ./mvnw spring-boot:run} uses.
 */
@SpringBootTest
@Import(MovableClock.Config.class)
class H2InboxStorageTests extends InboxStorageContract {

}
