-- Each Send form carries an id of its own: the same form posted again (Reload, a double press) finds the screening
-- it already made instead of storing a second one.
ALTER TABLE submission ADD COLUMN form_id VARCHAR(40);
CREATE UNIQUE INDEX submission_form_id ON submission (form_id);
