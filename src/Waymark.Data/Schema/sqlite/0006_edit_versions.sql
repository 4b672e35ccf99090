-- Waymark schema 6: targets, priorities and boards are changed from forms; each change increments its row's
-- concurrency_version, and a change made from an older version is refused rather than saved over another.
ALTER TABLE "targets" ADD COLUMN "concurrency_version" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "priorities" ADD COLUMN "concurrency_version" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "boards" ADD COLUMN "concurrency_version" INTEGER NOT NULL DEFAULT 0;
