package app.backcheck.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import app.backcheck.triage.Urgency;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.jdbc.core.RowMapper;

public interface SubmissionRepository extends ListCrudRepository<Submission, Long> {

	/**
	 * The most the inbox lists, over all its pages. A number in the statement, not a
	 * parameter: H2 kept the first result of a union whose parts had a parameter for
	 * their limit, and gave it again for other values.
	 */
	int MAX_LISTED = 1000;

	/** What the inbox lists of a screening: everything but its sealed answers. */
	String LISTED = "id, organisation_id, reference, sender_name, urgency, stop_running, language, sent_at, "
			+ "delete_after, seen_at, form_id";

	/**
	 * One urgency's newest screenings, read from the index on (organisation, urgency,
	 * time).
	 */
	String NEWEST = " FROM submission WHERE organisation_id = :organisationId AND urgency = ";

	/**
	 * The first {@code limit} screenings (at most {@value #MAX_LISTED}) of an
	 * organisation's inbox: EMERGENCY, then URGENT, then the rest, each newest first.
	 * Each urgency's newest are read from an index, so the time taken does not grow with
	 * the screenings kept. The rows carry no sealed answers (they are {@code null}): they
	 * are for listing, never for saving.
	 */
	@Query(rowMapperClass = Listed.class, value = "SELECT " + LISTED + " FROM ((SELECT " + LISTED + NEWEST
			+ "'EMERGENCY' ORDER BY sent_at DESC, id DESC LIMIT " + MAX_LISTED + ") UNION ALL (SELECT " + LISTED
			+ NEWEST + "'URGENT' ORDER BY sent_at DESC, id DESC LIMIT " + MAX_LISTED + ") UNION ALL (SELECT " + LISTED
			+ NEWEST + "'SEE_DOCTOR' ORDER BY sent_at DESC, id DESC LIMIT " + MAX_LISTED + ") UNION ALL (SELECT "
			+ LISTED + NEWEST + "'SELF_CARE' ORDER BY sent_at DESC, id DESC LIMIT " + MAX_LISTED + ")) listed "
			+ "ORDER BY CASE urgency WHEN 'EMERGENCY' THEN 0 WHEN 'URGENT' THEN 1 ELSE 2 END, sent_at DESC, id DESC "
			+ "LIMIT :limit")
	List<Submission> inbox(long organisationId, int limit);

	/**
	 * Only ever with the signed-in staff member's organisation: another's id finds
	 * nothing.
	 */
	Optional<Submission> findByIdAndOrganisationId(long id, long organisationId);

	/**
	 * The screening a person was given this reference for, only ever within the signed-in
	 * staff member's organisation.
	 */
	Optional<Submission> findByReferenceAndOrganisationId(String reference, long organisationId);

	@Modifying
	@Query("DELETE FROM submission WHERE delete_after <= :now")
	int deleteExpired(Instant now);

	boolean existsByReference(String reference);

	List<Submission> findByOrganisationId(long organisationId);

	long countByOrganisationId(long organisationId);

	Optional<Submission> findByFormIdAndOrganisationId(String formId, long organisationId);

	/**
	 * A listed row read column by column. Spring Data's own mapping of the same rows was
	 * a tenth of the inbox page's time (docs/performance.md).
	 */
	class Listed implements RowMapper<Submission> {

		@Override
		public Submission mapRow(ResultSet row, int number) throws SQLException {
			return new Submission(row.getLong("id"), row.getLong("organisation_id"), row.getString("reference"),
					row.getString("sender_name"), Urgency.valueOf(row.getString("urgency")),
					row.getBoolean("stop_running"), row.getString("language"), instant(row, "sent_at"),
					instant(row, "delete_after"), instant(row, "seen_at"), null, row.getString("form_id"));
		}

		private static Instant instant(ResultSet row, String column) throws SQLException {
			OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
			return (time != null) ? time.toInstant() : null;
		}

	}

}
