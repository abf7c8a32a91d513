package app.backcheck.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface SubmissionRepository extends ListCrudRepository<Submission, Long> {

	/**
	 * An organisation's inbox: EMERGENCY, then URGENT, then the rest, each newest first.
	 */
	@Query("""
			SELECT * FROM submission WHERE organisation_id = :organisationId
			ORDER BY CASE urgency WHEN 'EMERGENCY' THEN 0 WHEN 'URGENT' THEN 1 ELSE 2 END, sent_at DESC
			LIMIT :limit""")
	List<Submission> inbox(long organisationId, int limit);

	/**
	 * Only ever with the signed-in staff member's organisation: another's id finds
	 * nothing.
	 */
	Optional<Submission> findByIdAndOrganisationId(long id, long organisationId);

	@Modifying
	@Query("DELETE FROM submission WHERE delete_after <= :now")
	int deleteExpired(Instant now);

	boolean existsByReference(String reference);

	List<Submission> findByOrganisationId(long organisationId);

	long countByOrganisationId(long organisationId);

	Optional<Submission> findByFormIdAndOrganisationId(String formId, long organisationId);

}
