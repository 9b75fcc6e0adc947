-- RSP-2: coverage time is counted where the customer's system is located. A cluster may run in another
-- time zone and working calendar than its customer; null means the customer's. Plain SQL that H2 and
-- PostgreSQL both accept.
ALTER TABLE dce_installation ADD COLUMN time_zone varchar(64);
ALTER TABLE dce_installation ADD COLUMN calendar_id varchar(64);

-- CUS-1: the primary and the backup administrator are two different people.
CREATE UNIQUE INDEX dce_customer_administrator_user ON dce_customer_administrator (customer_id, user_id);
