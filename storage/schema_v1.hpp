#pragma once
// Schema version 1: the four CredoPass tables of the schema document, in SQLite
// form, plus what only the kiosk needs.
//  - ids are lowercase UUID text; times are ISO 8601 UTC text with milliseconds
//    ("2026-01-11T10:00:00.000Z"), which also sorts correctly as text;
//  - enums are CHECK constraints; foreign keys cascade on delete as at HQ;
//  - (eventId, patronId) is unique here (HQ names it but does not enforce it).

namespace credopass::storage {

inline constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE users (
  id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36 AND id = lower(id)),
  email       TEXT NOT NULL UNIQUE,
  firstName   TEXT NOT NULL,
  lastName    TEXT NOT NULL,
  phone       TEXT,
  createdAt   TEXT NOT NULL,
  updatedAt   TEXT NOT NULL
);
CREATE INDEX idx_users_email ON users (email);
CREATE INDEX idx_users_createdAt ON users (createdAt);
-- Staff search members by name at the door.
CREATE INDEX idx_users_name ON users (lastName COLLATE NOCASE, firstName COLLATE NOCASE);

CREATE TABLE events (
  id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36 AND id = lower(id)),
  name        TEXT NOT NULL,
  description TEXT,
  status      TEXT NOT NULL CHECK (status IN ('draft', 'scheduled', 'ongoing', 'completed', 'cancelled')),
  startTime   TEXT NOT NULL,
  endTime     TEXT NOT NULL,
  location    TEXT NOT NULL,
  capacity    INTEGER CHECK (capacity IS NULL OR capacity >= 0),
  hostId      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  createdAt   TEXT NOT NULL,
  updatedAt   TEXT NOT NULL
);
CREATE INDEX idx_events_status ON events (status);
CREATE INDEX idx_events_hostId ON events (hostId);
CREATE INDEX idx_events_startTime ON events (startTime);

CREATE TABLE attendance (
  id           TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36 AND id = lower(id)),
  eventId      TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  patronId     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  attended     INTEGER NOT NULL DEFAULT 0 CHECK (attended IN (0, 1)),
  checkInTime  TEXT,
  checkOutTime TEXT,
  -- Kiosk only, never sent to HQ: when the door last let this member in
  -- (first check-in or back in). The repeat-scan window counts from here.
  lastInTime   TEXT
);
CREATE INDEX idx_attendance_eventId ON attendance (eventId);
CREATE INDEX idx_attendance_patronId ON attendance (patronId);
CREATE INDEX idx_attendance_attended ON attendance (attended);
CREATE UNIQUE INDEX idx_attendance_unique ON attendance (eventId, patronId);

CREATE TABLE loyalty (
  id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36 AND id = lower(id)),
  patronId    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  description TEXT NOT NULL,
  tier        TEXT CHECK (tier IS NULL OR tier IN ('bronze', 'silver', 'gold', 'platinum')),
  points      INTEGER DEFAULT 0,
  reward      TEXT,
  issuedAt    TEXT NOT NULL,
  expiresAt   TEXT
);
CREATE INDEX idx_loyalty_patronId ON loyalty (patronId);
CREATE INDEX idx_loyalty_tier ON loyalty (tier);

-- Changes still to reach HQ, oldest first. The payload is the record as it was
-- when queued (JSON, HQ's field names), so it survives the row being deleted
-- locally, e.g. when HQ deletes the member.
CREATE TABLE outbox (
  seq           INTEGER PRIMARY KEY AUTOINCREMENT,
  entity        TEXT NOT NULL CHECK (entity IN ('attendance', 'loyalty')),
  entityId      TEXT NOT NULL,
  op            TEXT NOT NULL CHECK (op IN ('create', 'update')),
  payload       TEXT NOT NULL,
  queuedAt      TEXT NOT NULL,
  attempts      INTEGER NOT NULL DEFAULT 0,
  nextAttemptAt TEXT,
  lastError     TEXT,
  poisonReason  TEXT
);
CREATE INDEX idx_outbox_entity ON outbox (entity, entityId);

CREATE TABLE settings (
  key   TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
);

CREATE TABLE audit_log (
  id     INTEGER PRIMARY KEY AUTOINCREMENT,
  at     TEXT NOT NULL,
  actor  TEXT NOT NULL,
  action TEXT NOT NULL,
  detail TEXT
);
CREATE INDEX idx_audit_log_at ON audit_log (at);
)sql";

}  // namespace credopass::storage
