-- Waymark schema 18: results broken down by group. A dimension (such as sen_status) has groups (such as ehcp), one
-- of which is everyone; a group may name the group it is set against. The council's own results by group, and the
-- published figures by group of every area, such as DfE's NEET figures by SEN status.
CREATE TABLE "dimensions" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_dimensions" PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "all_group" TEXT NOT NULL
);

CREATE UNIQUE INDEX "ix_dimensions_code" ON "dimensions" ("code");

CREATE TABLE "dimension_groups" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_dimension_groups" PRIMARY KEY AUTOINCREMENT,
    "dimension_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "complement" TEXT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "fk_dimension_groups_dimension_id" FOREIGN KEY ("dimension_id") REFERENCES "dimensions" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_dimension_groups_dimension_id_code" ON "dimension_groups" ("dimension_id", "code");

CREATE TABLE "group_results" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_group_results" PRIMARY KEY AUTOINCREMENT,
    "indicator_id" INTEGER NOT NULL,
    "group_id" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "period_start" TEXT NOT NULL,
    "value" TEXT NULL,
    "numerator" TEXT NULL,
    "denominator" TEXT NULL,
    "provisional" INTEGER NOT NULL,
    "data_quality" TEXT NOT NULL,
    "commentary" TEXT NULL,
    "entered_by" TEXT NOT NULL,
    "entered_at" TEXT NOT NULL,
    "illustrative" INTEGER NOT NULL,
    CONSTRAINT "fk_group_results_indicator_id" FOREIGN KEY ("indicator_id") REFERENCES "indicators" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_group_results_group_id" FOREIGN KEY ("group_id") REFERENCES "dimension_groups" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_group_results_indicator_id_group_id_period" ON "group_results" ("indicator_id", "group_id", "period");

CREATE INDEX "ix_group_results_group_id" ON "group_results" ("group_id");

CREATE TABLE "group_area_values" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_group_area_values" PRIMARY KEY AUTOINCREMENT,
    "indicator_id" INTEGER NOT NULL,
    "area_id" INTEGER NOT NULL,
    "group_id" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "period_start" TEXT NOT NULL,
    "value" TEXT NULL,
    "suppression" TEXT NULL,
    "cohort" TEXT NULL,
    CONSTRAINT "fk_group_area_values_indicator_id" FOREIGN KEY ("indicator_id") REFERENCES "indicators" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_group_area_values_area_id" FOREIGN KEY ("area_id") REFERENCES "areas" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_group_area_values_group_id" FOREIGN KEY ("group_id") REFERENCES "dimension_groups" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_group_area_values_indicator_id_group_id_period_area_id" ON "group_area_values" ("indicator_id", "group_id", "period", "area_id");

CREATE INDEX "ix_group_area_values_area_id_indicator_id" ON "group_area_values" ("area_id", "indicator_id");

CREATE INDEX "ix_group_area_values_group_id" ON "group_area_values" ("group_id");
