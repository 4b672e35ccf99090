-- Waymark schema 19: the range an indicator's values may take, when it sets its own; null for the unit's
-- (0 to 100 for a percentage, 0 or more for a count, a rate or days, anything for money or a score).
ALTER TABLE indicators ADD COLUMN minimum numeric NULL;
ALTER TABLE indicators ADD COLUMN maximum numeric NULL;
ALTER TABLE indicator_versions ADD COLUMN minimum numeric NULL;
ALTER TABLE indicator_versions ADD COLUMN maximum numeric NULL;
