-- Waymark schema 12: the points from which an officer has the limits of an indicator's XmR chart worked out again,
-- each with its reason, who added it and when; one for a period of an indicator.
CREATE TABLE "recalculation_points" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_recalculation_points" PRIMARY KEY AUTOINCREMENT,
    "indicator_id" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "added_by" TEXT NOT NULL,
    "added_at" TEXT NOT NULL,
    CONSTRAINT "fk_recalculation_points_indicator_id" FOREIGN KEY ("indicator_id") REFERENCES "indicators" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_recalculation_points_indicator_id_period" ON "recalculation_points" ("indicator_id", "period");
