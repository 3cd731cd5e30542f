-- Issue 9. A mutation id answers only within the account that sent it (or, for a device
-- without a login, within its client id): another account cannot make someone's write
-- "already processed" by sending its id first.
ALTER TABLE sync_mutation ADD COLUMN scope text;
UPDATE sync_mutation m SET scope = coalesce(c.user_id, 'client:' || m.client_id::text)
  FROM sync_client c WHERE c.client_id = m.client_id;
UPDATE sync_mutation SET scope = 'client:' || client_id::text WHERE scope IS NULL;
ALTER TABLE sync_mutation ALTER COLUMN scope SET NOT NULL;
ALTER TABLE sync_mutation DROP CONSTRAINT sync_mutation_mutation_id_key;
CREATE UNIQUE INDEX sync_mutation_scope_id ON sync_mutation (scope, mutation_id);

-- One login of one device is a token family: its refresh tokens rotate on every use, and
-- revoking the family (logout, or an old refresh token used again) ends its access tokens
-- too, which name the family and are checked against this table on every request.
CREATE TABLE token_families (
  id         uuid        PRIMARY KEY,
  account_id uuid        NOT NULL REFERENCES accounts (id),
  client_id  uuid        NOT NULL,
  revoked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE refresh_tokens ADD COLUMN family_id uuid;
ALTER TABLE refresh_tokens ADD COLUMN rotated_at timestamptz;
UPDATE refresh_tokens SET family_id = gen_random_uuid();
INSERT INTO token_families (id, account_id, client_id, revoked_at)
  SELECT family_id, account_id, client_id, CASE WHEN revoked THEN now() END FROM refresh_tokens;
ALTER TABLE refresh_tokens ALTER COLUMN family_id SET NOT NULL;
ALTER TABLE refresh_tokens DROP COLUMN revoked;
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);

-- Facts about this installation. `demo` marks a database that holds the demo county and its
-- public demo accounts; a deployment (DEMO unset) refuses to start on one.
CREATE TABLE server_settings (
  name  text PRIMARY KEY,
  value text NOT NULL
);
INSERT INTO server_settings (name, value)
  SELECT 'demo', 'true' WHERE EXISTS (SELECT 1 FROM accounts WHERE phone = '13800000001' AND name = '管理员');
