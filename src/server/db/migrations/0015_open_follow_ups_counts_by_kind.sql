-- Today counts each list with the list's own conditions (features/agenda/read.ts). One
-- partial index per side of the monthly-note split: the overdue count, most of the open
-- follow-ups in a long search, is then a range of one index with no condition left to test
-- on each entry. The status stays beside the due day for the snoozed ones of this week.
-- They replace the covering index of migration 0012, which only the counts read.
CREATE INDEX "follow_ups_open_others_count" ON "follow_ups" USING btree ("workspace_id", "due_on") INCLUDE ("status") WHERE "status" in ('due', 'snoozed') AND "kind" <> 'stay-in-touch';--> statement-breakpoint
CREATE INDEX "follow_ups_open_monthly_count" ON "follow_ups" USING btree ("workspace_id", "due_on") INCLUDE ("status") WHERE "status" in ('due', 'snoozed') AND "kind" = 'stay-in-touch';--> statement-breakpoint
DROP INDEX "follow_ups_open_kind_cover";
