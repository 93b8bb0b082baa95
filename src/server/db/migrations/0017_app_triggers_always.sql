-- Bulk writes on the embedded database (imports, restores) run with
-- session_replication_role = replica, which skips the per-row foreign-key checks: the writer
-- has checked every reference itself, and no other connection exists (see db/bulk.ts).
-- A trigger fires in that mode only when ENABLE ALWAYS, so every trigger of the app is:
-- the network version and the people's derived fields stay true after an import or restore.
-- A trigger added later must be enabled ALWAYS too (db/triggers.test.ts fails otherwise).
DO $$
DECLARE t record;
BEGIN
  FOR t IN
    SELECT c.relname, g.tgname FROM pg_trigger g
    JOIN pg_class c ON c.oid = g.tgrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND NOT g.tgisinternal
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ALWAYS TRIGGER %I', t.relname, t.tgname);
  END LOOP;
END $$;
