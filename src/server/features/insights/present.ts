import type { InsightView } from "../../../shared/api/followups.ts";
import type { insights } from "../../db/schema/index.ts";

export function presentInsight(i: typeof insights.$inferSelect): InsightView {
  return {
    id: i.id,
    text: i.text,
    tags: i.tags,
    meetingId: i.meetingId,
    personId: i.personId,
    organizationId: i.organizationId,
    createdAt: i.createdAt.toISOString(),
  };
}
