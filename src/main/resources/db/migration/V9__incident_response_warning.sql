-- The instant at which 75 % of the response time has passed (the contact task's warning), kept beside the
-- deadline so that the SLA board reads both from the row. Null when no clock runs, and in rows written
-- before this column (the board then computes it from the row's terms, docs/tasklist.md).
ALTER TABLE incidents ADD COLUMN response_warning_at timestamp with time zone;
