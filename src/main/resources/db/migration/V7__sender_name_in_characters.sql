-- A name of up to 60 characters as a person counts them. H2 counts a character outside the Basic Multilingual Plane
-- (an emoji, a rare CJK character) as two, so 31 of them failed the column of 60 there; PostgreSQL counts them as one.
ALTER TABLE submission ALTER COLUMN sender_name SET DATA TYPE VARCHAR(120);
