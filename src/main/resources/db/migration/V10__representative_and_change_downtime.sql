-- The designated customer-service representative of a customer (L12-3, docs/policy.md): an engine user
-- of group customer-service who hears of the customer's Level 1 incidents at once; null when none is
-- named (then the whole group does). Plain SQL that H2 and PostgreSQL both accept.
ALTER TABLE dce_customer ADD COLUMN representative varchar(64);

-- Who gave the customer's latest answer to a proposed solution (CLS-1): the customer's own user
-- (channel 'online') or the staff member who took it by phone, e-mail or in person, with the customer's
-- person who answered (optional). The timeline shows it; an objection clears it once recorded.
ALTER TABLE incidents ADD COLUMN closure_answered_by varchar(64);
ALTER TABLE incidents ADD COLUMN closure_answer_channel varchar(16);
ALTER TABLE incidents ADD COLUMN closure_answer_contact varchar(200);

-- The Level 1 incident of a change's unplanned downtime (CHG-2): recorded whatever the entitlement says and
-- never downgraded by L12-2's reclassification.
ALTER TABLE incidents ADD COLUMN change_downtime boolean DEFAULT FALSE NOT NULL;
