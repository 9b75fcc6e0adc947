-- The designated customer-service representative of a customer (L12-3, docs/policy.md): an engine user
-- of group customer-service who hears of the customer's Level 1 incidents at once; null when none is
-- named (then the whole group does). Plain SQL that H2 and PostgreSQL both accept.
ALTER TABLE dce_customer ADD COLUMN representative varchar(64);
