-- The schema document's example organisation (John Doe, Jane Smith, "Friday
-- Jazz Night"), with the event placed around now so a kiosk can check people in
-- today, plus :members generated members with some loyalty history.
-- Run with: psql -v members=3000 -f seed.sql
BEGIN;
INSERT INTO "users" ("email", "firstName", "lastName", "phone") VALUES
  ('john@example.com', 'John', 'Doe', '+1234567890'),
  ('jane@example.com', 'Jane', 'Smith', NULL);

INSERT INTO "events" ("name", "description", "status", "startTime", "endTime", "location", "capacity", "hostId")
SELECT 'Friday Jazz Night', 'Weekly jazz performance and social gathering', 'ongoing',
       date_trunc('minute', now()) - interval '30 minutes', date_trunc('minute', now()) + interval '90 minutes',
       'Main Sanctuary', 500, u."id"
FROM "users" u WHERE u."email" = 'john@example.com';

-- Last week's, completed, with John and Jane's attendance and points.
INSERT INTO "events" ("name", "description", "status", "startTime", "endTime", "location", "capacity", "hostId")
SELECT 'Friday Jazz Night', 'Weekly jazz performance and social gathering', 'completed',
       date_trunc('minute', now()) - interval '7 days 30 minutes', date_trunc('minute', now()) - interval '7 days' + interval '90 minutes',
       'Main Sanctuary', 500, u."id"
FROM "users" u WHERE u."email" = 'john@example.com';

INSERT INTO "attendance" ("eventId", "patronId", "attended", "checkInTime")
SELECT e."id", u."id", true, e."startTime" - interval '5 minutes'
FROM "events" e, "users" u WHERE e."status" = 'completed' AND u."email" IN ('john@example.com', 'jane@example.com');

INSERT INTO "loyalty" ("patronId", "description", "tier", "points", "reward", "issuedAt")
SELECT u."id", 'Founding member bonus', 'gold', 440, 'Free drink', now() - interval '400 days'
FROM "users" u WHERE u."email" = 'john@example.com';
INSERT INTO "loyalty" ("patronId", "description", "tier", "points", "issuedAt")
SELECT u."id", 'Attended Friday Jazz Night', 'gold', 10, now() - interval '7 days'
FROM "users" u WHERE u."email" IN ('john@example.com', 'jane@example.com');

-- Generated members, deterministic names, joined over the last two years.
INSERT INTO "users" ("email", "firstName", "lastName", "createdAt", "updatedAt")
SELECT 'member' || g || '@example.org',
       (ARRAY['Ada','Ben','Chloe','Dmitri','Elena','Femi','Grace','Hiro','Ines','Jonas','Kemi','Liam'])[1 + g % 12],
       (ARRAY['Adeyemi','Brown','Costa','Dubois','Evans','Fischer','Garcia','Haddad','Ito','Jensen','Kowal'])[1 + g % 11],
       now() - (g % 700) * interval '1 day', now()
FROM generate_series(1, :members) AS g;

-- Loyalty history: about one generated member in three earned points once or twice.
INSERT INTO "loyalty" ("patronId", "description", "tier", "points", "issuedAt")
SELECT u."id", 'Attended Friday Jazz Night', 'bronze', 10, now() - (k * 7) * interval '1 day'
FROM "users" u, generate_series(1, 2) AS k
WHERE u."email" LIKE 'member%@example.org' AND (hashtext(u."email") % 3 = 0) AND (k = 1 OR hashtext(u."email") % 2 = 0);
COMMIT;
