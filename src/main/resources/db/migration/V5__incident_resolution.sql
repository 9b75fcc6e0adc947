-- Incident handling II (issue 6): the resolution an engineer proposes, the hook to change control, and
-- the customer's e-mail updates. Plain SQL that H2 and PostgreSQL both accept (one column per statement).

-- CLS-5: consultation | countermeasure | change-request, and what was proposed.
ALTER TABLE incidents ADD COLUMN resolution_type varchar(32);
ALTER TABLE incidents ADD COLUMN solution_summary varchar(4000);
-- A change-request resolution is linked to its change-control request here once change control
-- (another issue) starts one; until then it stays null and the timeline records the change request.
ALTER TABLE incidents ADD COLUMN change_request_number varchar(40);

-- L12-7: automatic e-mail updates the customer asked for (one address per incident).
ALTER TABLE incidents ADD COLUMN updates_email varchar(254);
ALTER TABLE incidents ADD COLUMN updates_enabled boolean DEFAULT FALSE NOT NULL;
