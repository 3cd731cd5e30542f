-- Accounts: the three ports of the reports (worker, employer, back office). Workers sign up
-- by phone code; staff accounts are made by an admin and may also log in with a password.
CREATE TABLE accounts (
  id            uuid        PRIMARY KEY,
  phone         text        NOT NULL UNIQUE,
  name          text,
  role          text        NOT NULL CHECK (role IN ('worker', 'employer', 'station_staff', 'field_staff', 'admin')),
  station_ids   jsonb       NOT NULL DEFAULT '[]',
  counties      jsonb       NOT NULL DEFAULT '[]',
  password_hash text,
  created_at    timestamptz NOT NULL DEFAULT now()
);

-- One pending login code per phone, stored hashed; a few wrong tries burn it.
CREATE TABLE login_codes (
  phone      text        PRIMARY KEY,
  code_hash  text        NOT NULL,
  expires_at timestamptz NOT NULL,
  attempts   integer     NOT NULL DEFAULT 0
);

-- Refresh tokens are bound to the device (client id) they were issued to, stored hashed.
CREATE TABLE refresh_tokens (
  token_hash text        PRIMARY KEY,
  account_id uuid        NOT NULL REFERENCES accounts (id),
  client_id  uuid        NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked    boolean     NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Server secrets made on first start (the access-token signing key).
CREATE TABLE server_keys (
  name  text PRIMARY KEY,
  value text NOT NULL
);
