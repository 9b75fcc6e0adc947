-- SVC-2: a finding of a health inspection may open a change request; the inspection keeps its number (and a retried
-- publication finds it instead of opening a second one).
ALTER TABLE s360_inspection ADD COLUMN change_number varchar(32);
