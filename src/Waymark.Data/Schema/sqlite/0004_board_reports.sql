-- Waymark schema 4: board reports: officer-written narrative by section, and reports frozen when published.
CREATE TABLE "report_narratives" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_report_narratives" PRIMARY KEY AUTOINCREMENT,
    "board_id" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "indicator_id" INTEGER NULL,
    "text" TEXT NOT NULL,
    "written_by" TEXT NOT NULL,
    "written_at" TEXT NOT NULL,
    CONSTRAINT "fk_report_narratives_board_id" FOREIGN KEY ("board_id") REFERENCES "boards" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_report_narratives_indicator_id" FOREIGN KEY ("indicator_id") REFERENCES "indicators" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_report_narratives_board_id_period" ON "report_narratives" ("board_id", "period");

CREATE INDEX "ix_report_narratives_indicator_id" ON "report_narratives" ("indicator_id");

CREATE TABLE "published_reports" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_published_reports" PRIMARY KEY AUTOINCREMENT,
    "board_id" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "model_json" TEXT NOT NULL,
    "content" BLOB NOT NULL,
    "content_hash" TEXT NOT NULL,
    "published_by" TEXT NOT NULL,
    "published_at" TEXT NOT NULL,
    CONSTRAINT "fk_published_reports_board_id" FOREIGN KEY ("board_id") REFERENCES "boards" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_published_reports_board_id_period" ON "published_reports" ("board_id", "period");
