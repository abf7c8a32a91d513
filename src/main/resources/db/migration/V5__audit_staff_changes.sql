-- The staff account an admin added or removed, for those entries of the audit log.
ALTER TABLE audit_event ADD COLUMN staff_account VARCHAR(60);
