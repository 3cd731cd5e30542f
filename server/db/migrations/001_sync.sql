-- Records of every kind, stored whole as JSON (the shape is the shared schema in src/core),
-- with the columns the server needs to route and order them.
CREATE TABLE records (
  kind       text        NOT NULL,
  id         uuid        NOT NULL,
  version    bigint      NOT NULL,
  bucket     text        NOT NULL,
  deleted    boolean     NOT NULL DEFAULT false,
  data       jsonb       NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, id)
);
CREATE INDEX records_bucket ON records (bucket);
CREATE INDEX records_data ON records USING gin (data jsonb_path_ops);

-- One row. next_seq is taken under its row lock by every writing transaction, so sequence
-- order is commit order and a pull cursor never skips a row (SYNC.md §2.5).
-- epoch changes when the database is restored or reset: clients then start over.
CREATE TABLE sync_meta (
  id       integer PRIMARY KEY CHECK (id = 1),
  epoch    uuid    NOT NULL,
  next_seq bigint  NOT NULL
);
INSERT INTO sync_meta (id, epoch, next_seq) VALUES (1, gen_random_uuid(), 1);

-- The change log, compacted as it is written: one entry per (bucket, record).
CREATE TABLE sync_log (
  seq     bigint PRIMARY KEY,
  bucket  text   NOT NULL,
  kind    text   NOT NULL,
  id      uuid   NOT NULL,
  op      text   NOT NULL CHECK (op IN ('put', 'rm')),
  version bigint NOT NULL
);
CREATE INDEX sync_log_bucket_seq ON sync_log (bucket, seq);
CREATE UNIQUE INDEX sync_log_entry ON sync_log (bucket, kind, id);

CREATE TABLE sync_client (
  client_id         uuid        PRIMARY KEY,
  user_id           text,
  last_mutation_seq bigint      NOT NULL DEFAULT 0,
  created_at        timestamptz NOT NULL DEFAULT now(),
  last_seen_at      timestamptz NOT NULL DEFAULT now()
);

-- The server's memory of every mutation it processed, so a replayed push gets the same answer.
CREATE TABLE sync_mutation (
  client_id    uuid        NOT NULL,
  seq          bigint      NOT NULL,
  mutation_id  uuid        NOT NULL UNIQUE,
  name         text        NOT NULL,
  ok           boolean     NOT NULL,
  result       jsonb       NOT NULL,
  processed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (client_id, seq)
);
