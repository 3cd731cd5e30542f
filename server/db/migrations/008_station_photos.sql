-- Issue 13. A station's photo: kept out of the station record (stations go to every phone in the
-- first sync) and served by GET /api/stations/:id/photo; the record carries only its hash.
CREATE TABLE station_photos (
  station_id   uuid        PRIMARY KEY,
  bytes        bytea       NOT NULL,
  sha256       text        NOT NULL,
  content_type text        NOT NULL,
  updated_at   timestamptz NOT NULL DEFAULT now(),
  updated_by   uuid        NOT NULL
);
