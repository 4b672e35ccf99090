-- Waymark schema 8: an indicator's definition in words (what is counted and how), versioned with the rest of its
-- definition; a change of it breaks the series.
ALTER TABLE "indicators" ADD COLUMN "definition" TEXT NULL;
ALTER TABLE "indicator_versions" ADD COLUMN "definition" TEXT NULL;
