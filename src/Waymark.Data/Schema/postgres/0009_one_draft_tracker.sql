-- Waymark schema 9: a priority has at most one draft tracker, so that starting a tracker twice, or many times at once,
-- starts it once.
CREATE UNIQUE INDEX ix_trackers_priority_id_draft ON trackers (priority_id) WHERE state = 'draft';
