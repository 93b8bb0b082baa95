DROP INDEX "meeting_people_person_id_index";--> statement-breakpoint
CREATE INDEX "meeting_people_person_id_meeting_id_index" ON "meeting_people" USING btree ("person_id","meeting_id");--> statement-breakpoint
-- A person's last contact (their latest held meeting) and who introduced them are read for
-- every person on a page of the list: with these partial covering indexes both come from
-- indexes alone (50 people: ~130 fewer table pages read). Drizzle cannot declare INCLUDE.
CREATE INDEX "meetings_held_cover" ON "meetings" USING btree ("id") INCLUDE ("held_at", "scheduled_at") WHERE "meetings"."status" = 'held';
--> statement-breakpoint
CREATE INDEX "introductions_made_to_cover" ON "introductions" USING btree ("to_person_id", "made_at", "created_at") INCLUDE ("id", "from_person_id") WHERE "introductions"."status" = 'made';
