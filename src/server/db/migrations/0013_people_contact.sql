ALTER TABLE "people" ADD COLUMN "last_contacted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "introduced_by_id" uuid;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "introduced_by_person_id" uuid;--> statement-breakpoint
-- A person's derived fields, recomputed from their meetings and introductions: the latest
-- held meeting with them, and the first `made` introduction to them (M11: who introduced
-- whom). Rows whose values do not change are not written.
CREATE FUNCTION "refresh_people_contact"(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE people p SET
    last_contacted_at = d.last_contacted_at,
    introduced_by_id = d.introduction_id,
    introduced_by_person_id = d.from_person_id
  FROM (
    SELECT x.id,
      (SELECT max(coalesce(m.held_at, m.scheduled_at)) FROM meeting_people mp
         JOIN meetings m ON m.id = mp.meeting_id
         WHERE mp.person_id = x.id AND m.status = 'held') AS last_contacted_at,
      i.id AS introduction_id,
      i.from_person_id
    FROM (SELECT DISTINCT unnest(ids) AS id) x
    LEFT JOIN LATERAL (
      SELECT i.id, i.from_person_id FROM introductions i
      WHERE i.to_person_id = x.id AND i.status = 'made'
      ORDER BY i.made_at NULLS LAST, i.created_at, i.id LIMIT 1) i ON true
  ) d
  WHERE p.id = d.id
    AND (p.last_contacted_at, p.introduced_by_id, p.introduced_by_person_id)
      IS DISTINCT FROM (d.last_contacted_at, d.introduction_id, d.from_person_id)
$$;
--> statement-breakpoint
-- Statement-level, so an import or a restore recomputes each person once per statement.
-- Only changes that can move a derived field recompute: people added to a held meeting,
-- a meeting's status or times, an introduction's status, date or ends.
CREATE FUNCTION "people_contact_from_meeting_people"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_people_contact(ARRAY(
      SELECT c.person_id FROM changed_new c JOIN meetings m ON m.id = c.meeting_id
      WHERE m.status = 'held'));
  ELSIF TG_OP = 'DELETE' THEN
    -- The meeting may be gone already (a cascade): recompute whoever was on it.
    PERFORM refresh_people_contact(ARRAY(SELECT c.person_id FROM changed_old c));
  ELSE
    PERFORM refresh_people_contact(ARRAY(
      SELECT person_id FROM changed_old UNION SELECT person_id FROM changed_new));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "people_contact_from_meetings"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_people_contact(ARRAY(
    SELECT mp.person_id FROM changed_new n
    JOIN changed_old o ON o.id = n.id
    JOIN meeting_people mp ON mp.meeting_id = n.id
    WHERE (n.status = 'held' OR o.status = 'held')
      AND (n.status, n.held_at, n.scheduled_at) IS DISTINCT FROM (o.status, o.held_at, o.scheduled_at)));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "people_contact_from_introductions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_people_contact(ARRAY(
      SELECT to_person_id FROM changed_new WHERE status = 'made'));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM refresh_people_contact(ARRAY(
      SELECT to_person_id FROM changed_old WHERE status = 'made'));
  ELSE
    PERFORM refresh_people_contact(ARRAY(
      WITH moved AS (
        SELECT o.to_person_id AS before_id, n.to_person_id AS after_id
        FROM changed_old o JOIN changed_new n ON n.id = o.id
        WHERE (o.status = 'made' OR n.status = 'made')
          AND (o.status, o.made_at, o.to_person_id, o.from_person_id)
            IS DISTINCT FROM (n.status, n.made_at, n.to_person_id, n.from_person_id))
      SELECT before_id FROM moved UNION SELECT after_id FROM moved));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "meeting_people_contact_insert" AFTER INSERT ON "meeting_people" REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION people_contact_from_meeting_people();--> statement-breakpoint
CREATE TRIGGER "meeting_people_contact_update" AFTER UPDATE ON "meeting_people" REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION people_contact_from_meeting_people();--> statement-breakpoint
CREATE TRIGGER "meeting_people_contact_delete" AFTER DELETE ON "meeting_people" REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION people_contact_from_meeting_people();--> statement-breakpoint
CREATE TRIGGER "meetings_contact_update" AFTER UPDATE ON "meetings" REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION people_contact_from_meetings();--> statement-breakpoint
CREATE TRIGGER "introductions_contact_insert" AFTER INSERT ON "introductions" REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION people_contact_from_introductions();--> statement-breakpoint
CREATE TRIGGER "introductions_contact_update" AFTER UPDATE ON "introductions" REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION people_contact_from_introductions();--> statement-breakpoint
CREATE TRIGGER "introductions_contact_delete" AFTER DELETE ON "introductions" REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION people_contact_from_introductions();--> statement-breakpoint
-- Existing people get their values once.
SELECT refresh_people_contact(ARRAY(SELECT id FROM people));
--> statement-breakpoint
-- A write made by a trigger (the derived fields above, a cascade) belongs to a statement
-- that has raised the version already: raise once per user statement.
CREATE OR REPLACE FUNCTION "raise_network_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_trigger_depth() > 1 THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN
    INSERT INTO network_versions (workspace_id)
      SELECT DISTINCT c.workspace_id FROM changed_old c
      WHERE EXISTS (SELECT 1 FROM workspaces w WHERE w.id = c.workspace_id)
      ON CONFLICT (workspace_id) DO UPDATE SET version = network_versions.version + 1;
  ELSE
    INSERT INTO network_versions (workspace_id)
      SELECT DISTINCT c.workspace_id FROM changed_new c
      ON CONFLICT (workspace_id) DO UPDATE SET version = network_versions.version + 1;
  END IF;
  RETURN NULL;
END $$;
