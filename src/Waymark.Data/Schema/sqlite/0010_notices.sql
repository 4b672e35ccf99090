-- Waymark schema 10: the outbox of email notices (one row per notice, made once by its key) and each person's choice of notices.
CREATE TABLE "notices" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_notices" PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "user_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text_body" TEXT NOT NULL,
    "html_body" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "created_at" TEXT NOT NULL,
    "next_attempt_at" TEXT NOT NULL,
    "claimed_by" TEXT NULL,
    "claimed_until" TEXT NULL,
    "sent_at" TEXT NULL,
    "last_error" TEXT NULL,
    CONSTRAINT "fk_notices_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_notices_key" ON "notices" ("key");

CREATE INDEX "ix_notices_state_next_attempt_at" ON "notices" ("state", "next_attempt_at");

CREATE INDEX "ix_notices_user_id" ON "notices" ("user_id");

CREATE TABLE "notice_choices" (
    "user_id" INTEGER NOT NULL CONSTRAINT "pk_notice_choices" PRIMARY KEY,
    "preference" TEXT NOT NULL,
    CONSTRAINT "fk_notice_choices_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);
