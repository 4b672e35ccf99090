-- Waymark schema 11: the council's own sign-in. The subject the council's identity provider gives a person, set by an
-- administrator when the person is not matched by their verified email; no two accounts may share one.
ALTER TABLE users ADD COLUMN sign_in_subject character varying(255);

CREATE UNIQUE INDEX ix_users_sign_in_subject ON users (sign_in_subject);
