-- Waymark schema 1: the store of record (councils, plans, indicators, targets, results, areas, trackers, calendar, audit).
CREATE TABLE "areas" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_areas" PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "region_id" INTEGER NULL,
    "la_type" TEXT NULL,
    CONSTRAINT "fk_areas_region_id" FOREIGN KEY ("region_id") REFERENCES "areas" ("id") ON DELETE RESTRICT
);


CREATE TABLE "audit_log" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_audit_log" PRIMARY KEY AUTOINCREMENT,
    "at" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entity_key" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" TEXT NULL,
    "after" TEXT NULL
);


CREATE TABLE "neighbour_models" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_neighbour_models" PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "model_date" TEXT NOT NULL
);


CREATE TABLE "users" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_users" PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "organisation" TEXT NULL
);


CREATE TABLE "councils" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_councils" PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "area_id" INTEGER NULL,
    CONSTRAINT "fk_councils_area_id" FOREIGN KEY ("area_id") REFERENCES "areas" ("id") ON DELETE RESTRICT
);


CREATE TABLE "neighbours" (
    "model_id" INTEGER NOT NULL,
    "area_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "neighbour_area_id" INTEGER NOT NULL,
    "closeness" TEXT NULL,
    CONSTRAINT "pk_neighbours" PRIMARY KEY ("model_id", "area_id", "position"),
    CONSTRAINT "fk_neighbours_area_id" FOREIGN KEY ("area_id") REFERENCES "areas" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_neighbours_model_id" FOREIGN KEY ("model_id") REFERENCES "neighbour_models" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_neighbours_neighbour_area_id" FOREIGN KEY ("neighbour_area_id") REFERENCES "areas" ("id") ON DELETE CASCADE
);


CREATE TABLE "indicators" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_indicators" PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "polarity" TEXT NOT NULL,
    "frequency" TEXT NOT NULL,
    "aggregation" TEXT NOT NULL,
    "tolerance" TEXT NOT NULL,
    "decimals" INTEGER NOT NULL,
    "year_type" TEXT NOT NULL,
    "indicator_set" TEXT NULL,
    "topic" TEXT NULL,
    "owner_id" INTEGER NULL,
    "version" INTEGER NOT NULL,
    "illustrative" INTEGER NOT NULL,
    CONSTRAINT "fk_indicators_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);


CREATE TABLE "user_roles" (
    "user_id" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    CONSTRAINT "pk_user_roles" PRIMARY KEY ("user_id", "role"),
    CONSTRAINT "fk_user_roles_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);


CREATE TABLE "assessment_scores" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_assessment_scores" PRIMARY KEY AUTOINCREMENT,
    "council_id" INTEGER NOT NULL,
    "framework" TEXT NOT NULL,
    "round" TEXT NOT NULL,
    "provisional" INTEGER NOT NULL,
    "block_group" TEXT NULL,
    "block" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "score" TEXT NULL,
    "carried_forward" INTEGER NOT NULL,
    CONSTRAINT "fk_assessment_scores_council_id" FOREIGN KEY ("council_id") REFERENCES "councils" ("id") ON DELETE CASCADE
);


CREATE TABLE "boards" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_boards" PRIMARY KEY AUTOINCREMENT,
    "council_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "fk_boards_council_id" FOREIGN KEY ("council_id") REFERENCES "councils" ("id") ON DELETE CASCADE
);


CREATE TABLE "directorates" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_directorates" PRIMARY KEY AUTOINCREMENT,
    "council_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "fk_directorates_council_id" FOREIGN KEY ("council_id") REFERENCES "councils" ("id") ON DELETE CASCADE
);


CREATE TABLE "plans" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_plans" PRIMARY KEY AUTOINCREMENT,
    "council_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "first_year" TEXT NULL,
    "last_year" TEXT NULL,
    CONSTRAINT "fk_plans_council_id" FOREIGN KEY ("council_id") REFERENCES "councils" ("id") ON DELETE CASCADE
);


CREATE TABLE "reporting_cycles" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_reporting_cycles" PRIMARY KEY AUTOINCREMENT,
    "council_id" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    CONSTRAINT "fk_reporting_cycles_council_id" FOREIGN KEY ("council_id") REFERENCES "councils" ("id") ON DELETE CASCADE
);


CREATE TABLE "area_values" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_area_values" PRIMARY KEY AUTOINCREMENT,
    "indicator_id" INTEGER NOT NULL,
    "area_id" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "period_start" TEXT NOT NULL,
    "value" TEXT NULL,
    "suppression" TEXT NULL,
    CONSTRAINT "fk_area_values_area_id" FOREIGN KEY ("area_id") REFERENCES "areas" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_area_values_indicator_id" FOREIGN KEY ("indicator_id") REFERENCES "indicators" ("id") ON DELETE CASCADE
);


CREATE TABLE "indicator_versions" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_indicator_versions" PRIMARY KEY AUTOINCREMENT,
    "indicator_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "polarity" TEXT NOT NULL,
    "frequency" TEXT NOT NULL,
    "aggregation" TEXT NOT NULL,
    "tolerance" TEXT NOT NULL,
    "decimals" INTEGER NOT NULL,
    "year_type" TEXT NOT NULL,
    "series_break" INTEGER NOT NULL,
    "changed_at" TEXT NOT NULL,
    "changed_by" TEXT NOT NULL,
    CONSTRAINT "fk_indicator_versions_indicator_id" FOREIGN KEY ("indicator_id") REFERENCES "indicators" ("id") ON DELETE CASCADE
);


CREATE TABLE "results" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_results" PRIMARY KEY AUTOINCREMENT,
    "indicator_id" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "period_start" TEXT NOT NULL,
    "value" TEXT NULL,
    "numerator" TEXT NULL,
    "denominator" TEXT NULL,
    "provisional" INTEGER NOT NULL,
    "data_quality" TEXT NOT NULL,
    "data_quality_note" TEXT NULL,
    "commentary" TEXT NULL,
    "predicted_year_end" TEXT NULL,
    "entered_by" TEXT NOT NULL,
    "entered_at" TEXT NOT NULL,
    "illustrative" INTEGER NOT NULL,
    "concurrency_version" INTEGER NOT NULL,
    CONSTRAINT "fk_results_indicator_id" FOREIGN KEY ("indicator_id") REFERENCES "indicators" ("id") ON DELETE CASCADE
);


CREATE TABLE "targets" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_targets" PRIMARY KEY AUTOINCREMENT,
    "indicator_id" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "period_start" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "set_by" TEXT NULL,
    "illustrative" INTEGER NOT NULL,
    CONSTRAINT "fk_targets_indicator_id" FOREIGN KEY ("indicator_id") REFERENCES "indicators" ("id") ON DELETE CASCADE
);


CREATE TABLE "indicator_boards" (
    "indicator_id" INTEGER NOT NULL,
    "board_id" INTEGER NOT NULL,
    CONSTRAINT "pk_indicator_boards" PRIMARY KEY ("indicator_id", "board_id"),
    CONSTRAINT "fk_indicator_boards_board_id" FOREIGN KEY ("board_id") REFERENCES "boards" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_indicator_boards_indicator_id" FOREIGN KEY ("indicator_id") REFERENCES "indicators" ("id") ON DELETE CASCADE
);


CREATE TABLE "outcomes" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_outcomes" PRIMARY KEY AUTOINCREMENT,
    "plan_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    CONSTRAINT "fk_outcomes_plan_id" FOREIGN KEY ("plan_id") REFERENCES "plans" ("id") ON DELETE CASCADE
);


CREATE TABLE "deadlines" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_deadlines" PRIMARY KEY AUTOINCREMENT,
    "cycle_id" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "due" TEXT NOT NULL,
    "responsible" TEXT NULL,
    CONSTRAINT "fk_deadlines_cycle_id" FOREIGN KEY ("cycle_id") REFERENCES "reporting_cycles" ("id") ON DELETE CASCADE
);


CREATE TABLE "meetings" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_meetings" PRIMARY KEY AUTOINCREMENT,
    "cycle_id" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "board_id" INTEGER NULL,
    "date" TEXT NOT NULL,
    CONSTRAINT "fk_meetings_board_id" FOREIGN KEY ("board_id") REFERENCES "boards" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_meetings_cycle_id" FOREIGN KEY ("cycle_id") REFERENCES "reporting_cycles" ("id") ON DELETE CASCADE
);


CREATE TABLE "priorities" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_priorities" PRIMARY KEY AUTOINCREMENT,
    "plan_id" INTEGER NOT NULL,
    "outcome_id" INTEGER NULL,
    "directorate_id" INTEGER NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "lead_officer_id" INTEGER NULL,
    "accountable_director_id" INTEGER NULL,
    "high_risk" INTEGER NOT NULL,
    CONSTRAINT "fk_priorities_accountable_director_id" FOREIGN KEY ("accountable_director_id") REFERENCES "users" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_priorities_directorate_id" FOREIGN KEY ("directorate_id") REFERENCES "directorates" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_priorities_lead_officer_id" FOREIGN KEY ("lead_officer_id") REFERENCES "users" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_priorities_outcome_id" FOREIGN KEY ("outcome_id") REFERENCES "outcomes" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_priorities_plan_id" FOREIGN KEY ("plan_id") REFERENCES "plans" ("id") ON DELETE CASCADE
);


CREATE TABLE "indicator_priorities" (
    "indicator_id" INTEGER NOT NULL,
    "priority_id" INTEGER NOT NULL,
    CONSTRAINT "pk_indicator_priorities" PRIMARY KEY ("indicator_id", "priority_id"),
    CONSTRAINT "fk_indicator_priorities_indicator_id" FOREIGN KEY ("indicator_id") REFERENCES "indicators" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_indicator_priorities_priority_id" FOREIGN KEY ("priority_id") REFERENCES "priorities" ("id") ON DELETE CASCADE
);


CREATE TABLE "priority_boards" (
    "priority_id" INTEGER NOT NULL,
    "board_id" INTEGER NOT NULL,
    CONSTRAINT "pk_priority_boards" PRIMARY KEY ("priority_id", "board_id"),
    CONSTRAINT "fk_priority_boards_board_id" FOREIGN KEY ("board_id") REFERENCES "boards" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_priority_boards_priority_id" FOREIGN KEY ("priority_id") REFERENCES "priorities" ("id") ON DELETE CASCADE
);


CREATE TABLE "priority_contributors" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_priority_contributors" PRIMARY KEY AUTOINCREMENT,
    "priority_id" INTEGER NOT NULL,
    "user_id" INTEGER NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    CONSTRAINT "fk_priority_contributors_priority_id" FOREIGN KEY ("priority_id") REFERENCES "priorities" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_priority_contributors_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);


CREATE TABLE "trackers" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_trackers" PRIMARY KEY AUTOINCREMENT,
    "priority_id" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "period_start" TEXT NOT NULL,
    "proposed_rating" TEXT NULL,
    "agreed_rating" TEXT NULL,
    "direction" TEXT NULL,
    "contextual_update" TEXT NULL,
    "challenges_and_risks" TEXT NULL,
    "state" TEXT NOT NULL,
    "illustrative" INTEGER NOT NULL,
    "concurrency_version" INTEGER NOT NULL,
    CONSTRAINT "fk_trackers_priority_id" FOREIGN KEY ("priority_id") REFERENCES "priorities" ("id") ON DELETE CASCADE
);


CREATE TABLE "tracker_actions" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_tracker_actions" PRIMARY KEY AUTOINCREMENT,
    "tracker_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "owner" TEXT NULL,
    "due_date" TEXT NULL,
    "progress" TEXT NULL,
    CONSTRAINT "fk_tracker_actions_tracker_id" FOREIGN KEY ("tracker_id") REFERENCES "trackers" ("id") ON DELETE CASCADE
);


CREATE TABLE "tracker_steps" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_tracker_steps" PRIMARY KEY AUTOINCREMENT,
    "tracker_id" INTEGER NOT NULL,
    "state" TEXT NOT NULL,
    "by" TEXT NOT NULL,
    "at" TEXT NOT NULL,
    "comment" TEXT NULL,
    CONSTRAINT "fk_tracker_steps_tracker_id" FOREIGN KEY ("tracker_id") REFERENCES "trackers" ("id") ON DELETE CASCADE
);


CREATE INDEX "ix_area_values_area_id" ON "area_values" ("area_id");


CREATE UNIQUE INDEX "ix_area_values_indicator_id_period_area_id" ON "area_values" ("indicator_id", "period", "area_id");


CREATE UNIQUE INDEX "ix_areas_code" ON "areas" ("code");


CREATE INDEX "ix_areas_region_id" ON "areas" ("region_id");


CREATE UNIQUE INDEX "ix_assessment_scores_council_id_framework_round_block" ON "assessment_scores" ("council_id", "framework", "round", "block");


CREATE INDEX "ix_audit_log_entity_entity_key" ON "audit_log" ("entity", "entity_key");


CREATE UNIQUE INDEX "ix_boards_council_id_name" ON "boards" ("council_id", "name");


CREATE INDEX "ix_councils_area_id" ON "councils" ("area_id");


CREATE UNIQUE INDEX "ix_councils_name" ON "councils" ("name");


CREATE INDEX "ix_deadlines_cycle_id" ON "deadlines" ("cycle_id");


CREATE UNIQUE INDEX "ix_directorates_council_id_name" ON "directorates" ("council_id", "name");


CREATE INDEX "ix_indicator_boards_board_id" ON "indicator_boards" ("board_id");


CREATE INDEX "ix_indicator_priorities_priority_id" ON "indicator_priorities" ("priority_id");


CREATE UNIQUE INDEX "ix_indicator_versions_indicator_id_version" ON "indicator_versions" ("indicator_id", "version");


CREATE UNIQUE INDEX "ix_indicators_code" ON "indicators" ("code");


CREATE INDEX "ix_indicators_owner_id" ON "indicators" ("owner_id");


CREATE INDEX "ix_meetings_board_id" ON "meetings" ("board_id");


CREATE INDEX "ix_meetings_cycle_id" ON "meetings" ("cycle_id");


CREATE UNIQUE INDEX "ix_neighbour_models_name" ON "neighbour_models" ("name");


CREATE INDEX "ix_neighbours_area_id" ON "neighbours" ("area_id");


CREATE INDEX "ix_neighbours_neighbour_area_id" ON "neighbours" ("neighbour_area_id");


CREATE UNIQUE INDEX "ix_outcomes_plan_id_code" ON "outcomes" ("plan_id", "code");


CREATE UNIQUE INDEX "ix_plans_council_id_code" ON "plans" ("council_id", "code");


CREATE INDEX "ix_priorities_accountable_director_id" ON "priorities" ("accountable_director_id");


CREATE INDEX "ix_priorities_directorate_id" ON "priorities" ("directorate_id");


CREATE INDEX "ix_priorities_lead_officer_id" ON "priorities" ("lead_officer_id");


CREATE INDEX "ix_priorities_outcome_id" ON "priorities" ("outcome_id");


CREATE UNIQUE INDEX "ix_priorities_plan_id_code" ON "priorities" ("plan_id", "code");


CREATE INDEX "ix_priority_boards_board_id" ON "priority_boards" ("board_id");


CREATE INDEX "ix_priority_contributors_priority_id" ON "priority_contributors" ("priority_id");


CREATE INDEX "ix_priority_contributors_user_id" ON "priority_contributors" ("user_id");


CREATE UNIQUE INDEX "ix_reporting_cycles_council_id_period" ON "reporting_cycles" ("council_id", "period");


CREATE UNIQUE INDEX "ix_results_indicator_id_period" ON "results" ("indicator_id", "period");


CREATE UNIQUE INDEX "ix_targets_indicator_id_period" ON "targets" ("indicator_id", "period");


CREATE INDEX "ix_tracker_actions_tracker_id" ON "tracker_actions" ("tracker_id");


CREATE INDEX "ix_tracker_steps_tracker_id" ON "tracker_steps" ("tracker_id");


CREATE UNIQUE INDEX "ix_trackers_priority_id_period" ON "trackers" ("priority_id", "period");


CREATE UNIQUE INDEX "ix_users_email" ON "users" ("email");


