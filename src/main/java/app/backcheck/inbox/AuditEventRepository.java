package app.backcheck.inbox;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.ListCrudRepository;

public interface AuditEventRepository extends ListCrudRepository<AuditEvent, Long> {

	List<AuditEvent> findByOrganisationIdOrderByHappenedAtDesc(long organisationId, Limit limit);

}
