-- The inbox reads each urgency's newest screenings from this index, however many an organisation keeps.
CREATE INDEX submission_inbox_urgency ON submission (organisation_id, urgency, sent_at);
