-- A page of people in name order, filtered by search text, is read from this index alone
-- (an index-only scan evaluates the LIKE filter on the included search_text); only the
-- page's rows are then fetched from the table. Drizzle cannot declare INCLUDE columns.
CREATE INDEX "people_ws_name_cover" ON "people" USING btree ("workspace_id", lower("name"), "id") INCLUDE ("name", "search_text", "deleted_at");
--> statement-breakpoint
-- The walk to decision-makers follows introductions backwards (to → from); with these
-- columns included, each step is answered from the index.
CREATE INDEX "introductions_to_cover" ON "introductions" USING btree ("to_person_id") INCLUDE ("from_person_id", "status", "workspace_id");
