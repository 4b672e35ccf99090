-- Waymark schema 13: assessment frameworks as data. Each version of a framework scores one round from one period's
-- results; its blocks are scored from indicators' thresholds and points through steps on the total or average of
-- the points, or judged by inspection (no basis); its category rules are tried in order.
CREATE TABLE "assessment_frameworks" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_assessment_frameworks" PRIMARY KEY AUTOINCREMENT,
    "council_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "round" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "previous_round" TEXT NULL,
    "is_current" INTEGER NOT NULL,
    "new_results_share" TEXT NOT NULL,
    "illustrative" INTEGER NOT NULL,
    CONSTRAINT "fk_assessment_frameworks_council_id" FOREIGN KEY ("council_id") REFERENCES "councils" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_assessment_frameworks_council_id_name_version" ON "assessment_frameworks" ("council_id", "name", "version");

CREATE TABLE "assessment_blocks" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_assessment_blocks" PRIMARY KEY AUTOINCREMENT,
    "framework_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "block_group" TEXT NULL,
    "basis" TEXT NULL,
    CONSTRAINT "fk_assessment_blocks_framework_id" FOREIGN KEY ("framework_id") REFERENCES "assessment_frameworks" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_assessment_blocks_framework_id" ON "assessment_blocks" ("framework_id");

CREATE TABLE "assessment_steps" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_assessment_steps" PRIMARY KEY AUTOINCREMENT,
    "block_id" INTEGER NOT NULL,
    "minimum" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    CONSTRAINT "fk_assessment_steps_block_id" FOREIGN KEY ("block_id") REFERENCES "assessment_blocks" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_assessment_steps_block_id" ON "assessment_steps" ("block_id");

CREATE TABLE "assessment_thresholds" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_assessment_thresholds" PRIMARY KEY AUTOINCREMENT,
    "block_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "indicator_id" INTEGER NOT NULL,
    "lower_threshold" TEXT NOT NULL,
    "upper_threshold" TEXT NOT NULL,
    "at_threshold" TEXT NOT NULL,
    "points_bottom" INTEGER NOT NULL,
    "points_middle" INTEGER NOT NULL,
    "points_top" INTEGER NOT NULL,
    CONSTRAINT "fk_assessment_thresholds_block_id" FOREIGN KEY ("block_id") REFERENCES "assessment_blocks" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_assessment_thresholds_indicator_id" FOREIGN KEY ("indicator_id") REFERENCES "indicators" ("id") ON DELETE RESTRICT
);

CREATE INDEX "ix_assessment_thresholds_block_id" ON "assessment_thresholds" ("block_id");
CREATE INDEX "ix_assessment_thresholds_indicator_id" ON "assessment_thresholds" ("indicator_id");

CREATE TABLE "assessment_category_rules" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_assessment_category_rules" PRIMARY KEY AUTOINCREMENT,
    "framework_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "category" TEXT NOT NULL,
    "conditions" TEXT NOT NULL,
    CONSTRAINT "fk_assessment_category_rules_framework_id" FOREIGN KEY ("framework_id") REFERENCES "assessment_frameworks" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_assessment_category_rules_framework_id" ON "assessment_category_rules" ("framework_id");
