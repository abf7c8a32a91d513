package app.backcheck.inbox;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface StaffAccountRepository extends ListCrudRepository<StaffAccount, Long> {

	Optional<StaffAccount> findByUsername(String username);

	List<StaffAccount> findByOrganisationIdOrderByUsername(long organisationId);

}
