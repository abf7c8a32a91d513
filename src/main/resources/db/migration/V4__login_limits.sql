-- Failed sign-ins, counted in Bucket4j token buckets that every instance shares. The key is a SHA-256 of the account
-- name or the client address, never either in the clear; a bucket is deleted once it has refilled.
CREATE TABLE login_limit (
    id VARCHAR(80) PRIMARY KEY,
    state BYTEA,
    expires_at BIGINT
);
