package app.backcheck.inbox;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The inbox's storage on the embedded H2 database, in PostgreSQL mode, as
 * {@code ./mvnw spring-boot:run} uses.
 */
@SpringBootTest
@Import(InboxStorageContract.Clocks.class)
class H2InboxStorageTests extends InboxStorageContract {

}
