-- Waymark schema 5: personal access tokens for the API. Only a token's SHA-256 hash is kept, never the token.
CREATE TABLE "access_tokens" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_access_tokens" PRIMARY KEY AUTOINCREMENT,
    "user_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "expires_at" TEXT NOT NULL,
    "revoked_at" TEXT NULL,
    CONSTRAINT "fk_access_tokens_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_access_tokens_token_hash" ON "access_tokens" ("token_hash");

CREATE INDEX "ix_access_tokens_user_id" ON "access_tokens" ("user_id");
