CREATE TABLE "derived_results" (
	"workspace_id" uuid NOT NULL,
	"key" text NOT NULL,
	"version" bigint NOT NULL,
	"body" text NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "derived_results_workspace_id_key_pk" PRIMARY KEY("workspace_id","key")
);
--> statement-breakpoint
CREATE TABLE "network_versions" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "derived_results" ADD CONSTRAINT "derived_results_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_versions" ADD CONSTRAINT "network_versions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Any write to a table the network views read raises the workspace's network version, in the
-- same transaction as the write: derived results stored under an older version are then
-- ignored. Statement-level, so a 30,000-row import raises it once. A cascade from a deleted
-- workspace no longer sees that workspace, and leaves no counter behind.
CREATE FUNCTION "raise_network_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
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
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['people', 'organizations', 'meetings', 'meeting_people', 'introductions'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION raise_network_version()', t || '_network_insert', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION raise_network_version()', t || '_network_update', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION raise_network_version()', t || '_network_delete', t);
  END LOOP;
END $$;
