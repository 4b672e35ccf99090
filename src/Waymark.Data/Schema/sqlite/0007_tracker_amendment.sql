-- Waymark schema 7: a director may agree a tracker with a rating different from the one the officer proposed,
-- giving the reason, which is kept with the tracker.
ALTER TABLE "trackers" ADD COLUMN "amendment_reason" TEXT NULL;
