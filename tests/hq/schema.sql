-- The CredoPass HQ schema, as ../shared/seed/credopass-database.md gives it
-- (Drizzle's tables, in SQL). Faithful to the deployed service, quirk included:
-- idx_attendance_unique is a plain index, so nothing stops two rows for the
-- same (eventId, patronId).
CREATE TABLE IF NOT EXISTS "users" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "email" text NOT NULL UNIQUE,
  "firstName" text NOT NULL,
  "lastName" text NOT NULL,
  "phone" text,
  "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
  "updatedAt" timestamp with time zone DEFAULT now() NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_users_email" ON "users" ("email");
CREATE INDEX IF NOT EXISTS "idx_users_createdAt" ON "users" ("createdAt");

CREATE TABLE IF NOT EXISTS "events" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "name" text NOT NULL,
  "description" text,
  "status" text NOT NULL CHECK ("status" IN ('draft', 'scheduled', 'ongoing', 'completed', 'cancelled')),
  "startTime" timestamp with time zone NOT NULL,
  "endTime" timestamp with time zone NOT NULL,
  "location" text NOT NULL,
  "capacity" integer,
  "hostId" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
  "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
  "updatedAt" timestamp with time zone DEFAULT now() NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_events_status" ON "events" ("status");
CREATE INDEX IF NOT EXISTS "idx_events_hostId" ON "events" ("hostId");
CREATE INDEX IF NOT EXISTS "idx_events_startTime" ON "events" ("startTime");

CREATE TABLE IF NOT EXISTS "attendance" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "eventId" uuid NOT NULL REFERENCES "events" ("id") ON DELETE CASCADE,
  "patronId" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
  "attended" boolean DEFAULT false NOT NULL,
  "checkInTime" timestamp with time zone,
  "checkOutTime" timestamp with time zone
);
CREATE INDEX IF NOT EXISTS "idx_attendance_eventId" ON "attendance" ("eventId");
CREATE INDEX IF NOT EXISTS "idx_attendance_patronId" ON "attendance" ("patronId");
CREATE INDEX IF NOT EXISTS "idx_attendance_attended" ON "attendance" ("attended");
-- The document calls this a unique constraint; the deployed database has a plain index.
CREATE INDEX IF NOT EXISTS "idx_attendance_unique" ON "attendance" ("eventId", "patronId");

CREATE TABLE IF NOT EXISTS "loyalty" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "patronId" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
  "description" text NOT NULL,
  "tier" text CHECK ("tier" IS NULL OR "tier" IN ('bronze', 'silver', 'gold', 'platinum')),
  "points" integer DEFAULT 0,
  "reward" text,
  "issuedAt" timestamp with time zone DEFAULT now() NOT NULL,
  "expiresAt" timestamp with time zone
);
CREATE INDEX IF NOT EXISTS "idx_loyalty_patronId" ON "loyalty" ("patronId");
CREATE INDEX IF NOT EXISTS "idx_loyalty_tier" ON "loyalty" ("tier");
