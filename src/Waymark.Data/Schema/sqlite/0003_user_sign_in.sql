-- Waymark schema 3: signing in. A user's hashed password (never the password), the stamp that invalidates their
-- sessions when it changes, and the count of failed sign-ins that locks the account until lockout_end.
ALTER TABLE "users" ADD COLUMN "password_hash" TEXT NULL;
ALTER TABLE "users" ADD COLUMN "security_stamp" TEXT NULL;
ALTER TABLE "users" ADD COLUMN "access_failed_count" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "users" ADD COLUMN "lockout_end" TEXT NULL;
