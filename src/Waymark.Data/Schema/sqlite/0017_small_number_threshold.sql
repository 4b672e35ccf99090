-- Waymark schema 17: the largest count of people a council publishes as "c" (counts from 1 to it are suppressed);
-- 5, as DfE's children's statistics, unless the council's framework file sets its own.
ALTER TABLE "councils" ADD COLUMN "small_number_threshold" INTEGER NOT NULL DEFAULT 5;
