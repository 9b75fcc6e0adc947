-- H2 (the embedded default, one node) has no partial indexes; the same key order without the filter
-- serves the acquisition query just as well on the small job tables of a single embedded node.
-- See db/vendor/postgresql/V6__job_indexes.sql for the reasoning.
CREATE INDEX IF NOT EXISTS DCE_IDX_JOB_ACQUISITION ON ACT_RU_JOB (TYPE_ DESC, DUEDATE_ ASC);
