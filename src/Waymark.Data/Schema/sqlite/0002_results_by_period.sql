-- Waymark schema 2: find every result of a period quickly (board reports and the home page read one period across all indicators).
CREATE INDEX "ix_results_period" ON "results" ("period");
