CREATE TABLE "people_search" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"sort_key" text NOT NULL,
	"name" text NOT NULL,
	"search_text" text NOT NULL
);
--> statement-breakpoint
DROP INDEX "people_ws_search_trgm_idx";--> statement-breakpoint
CREATE INDEX "people_search_trgm_idx" ON "people_search" USING gin ("workspace_id","search_text" gin_trgm_ops);--> statement-breakpoint
-- people_search holds, for each person who is not deleted, what a search reads: the name,
-- lower(name) (the list's order) and the search text. The triggers below keep it from
-- `people` for every writer (the API, debriefs, imports, restores, organization renames);
-- they are ENABLE ALWAYS, as every trigger of the app (migration 0017), so that bulk writes
-- under session_replication_role = replica keep it too. A larger statistics sample makes
-- rare words look rare to the planner (as migration 0009 did for people).
ALTER TABLE "people_search" ALTER COLUMN "search_text" SET STATISTICS 1000;--> statement-breakpoint
INSERT INTO "people_search" ("person_id", "workspace_id", "sort_key", "name", "search_text")
  SELECT "id", "workspace_id", lower("name"), "name", "search_text" FROM "people" WHERE "deleted_at" IS NULL;--> statement-breakpoint
CREATE FUNCTION "people_search_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO people_search (person_id, workspace_id, sort_key, name, search_text)
    SELECT id, workspace_id, lower(name), name, search_text FROM changed_new WHERE deleted_at IS NULL;
  RETURN NULL;
END $$;--> statement-breakpoint
-- One row at a time: only the changes of a name, a search text or the deletion reach it
-- (the WHEN below), never the derived fields the meeting triggers write many at a time.
CREATE FUNCTION "people_search_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.deleted_at IS NOT NULL THEN
    DELETE FROM people_search WHERE person_id = NEW.id;
  ELSE
    INSERT INTO people_search (person_id, workspace_id, sort_key, name, search_text)
      VALUES (NEW.id, NEW.workspace_id, lower(NEW.name), NEW.name, NEW.search_text)
      ON CONFLICT (person_id) DO UPDATE SET sort_key = excluded.sort_key,
        name = excluded.name, search_text = excluded.search_text;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION "people_search_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM people_search s USING changed_old o WHERE s.person_id = o.id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "people_search_insert" AFTER INSERT ON "people" REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION people_search_insert();--> statement-breakpoint
CREATE TRIGGER "people_search_update" AFTER UPDATE OF "name", "search_text", "deleted_at" ON "people" FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.search_text IS DISTINCT FROM NEW.search_text
    OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL))
  EXECUTE FUNCTION people_search_update();--> statement-breakpoint
CREATE TRIGGER "people_search_delete" AFTER DELETE ON "people" REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION people_search_delete();--> statement-breakpoint
ALTER TABLE "people" ENABLE ALWAYS TRIGGER "people_search_insert";--> statement-breakpoint
ALTER TABLE "people" ENABLE ALWAYS TRIGGER "people_search_update";--> statement-breakpoint
ALTER TABLE "people" ENABLE ALWAYS TRIGGER "people_search_delete";
