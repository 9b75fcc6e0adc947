-- Job acquisition by due date (issue 8, docs/operations.md). The engine asks, every second on every node:
--   where RETRIES_ > 0 and DUEDATE_ <= now and (LOCK_OWNER_ is null or LOCK_EXP_TIME_ < now)
--     and SUSPENSION_STATE_ = 1 ...  order by TYPE_ desc, DUEDATE_ asc  limit 16
-- (jobExecutorPreferTimerJobs orders by TYPE_, jobExecutorAcquireByDueDate by DUEDATE_, and
-- ensureJobDueDateNotNull drops the "DUEDATE_ is null or" that would defeat a range scan).
-- The engine's own indexes cover none of this, so each acquisition read the whole ACT_RU_JOB and sorted
-- it: with 100 000 SLA timers waiting for their deadlines that is a sequential scan per second per node.
--
-- A partial index over the acquirable jobs only, in the order of the query: the planner walks it in
-- order, checks the due date in the index and stops after the first rows that are not locked. Jobs
-- without retries (incidents) or suspended ones never enter it, so they cost nothing.
-- The engine creates the table with unquoted (lower-case) names.
CREATE INDEX IF NOT EXISTS dce_idx_job_acquisition
    ON act_ru_job (type_ DESC, duedate_ ASC)
    WHERE retries_ > 0 AND suspension_state_ = 1;
