-- Waymark schema 16: local accounts a council can trust. A forgotten password is reset by an emailed link of which
-- only the token's SHA-256 hash is kept, used once before it expires; an authenticator app's secret, whether its codes
-- are needed to sign in, the time step of the last code accepted (so a code works once) and the hashes of the
-- unused recovery codes.
CREATE TABLE "password_resets" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_password_resets" PRIMARY KEY AUTOINCREMENT,
    "user_id" INTEGER NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "expires_at" TEXT NOT NULL,
    "used_at" TEXT NULL,
    CONSTRAINT "fk_password_resets_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_password_resets_token_hash" ON "password_resets" ("token_hash");

CREATE INDEX "ix_password_resets_user_id" ON "password_resets" ("user_id");

ALTER TABLE "users" ADD COLUMN "authenticator_key" TEXT NULL;
ALTER TABLE "users" ADD COLUMN "two_factor_enabled" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "users" ADD COLUMN "authenticator_last_step" INTEGER NULL;
ALTER TABLE "users" ADD COLUMN "recovery_codes" TEXT NULL;
