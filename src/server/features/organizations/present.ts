import type { OrganizationView } from "../../../shared/api/network.ts";
import type { OrganizationRecord } from "./repo.ts";

export function presentOrganization(o: OrganizationRecord): OrganizationView {
  return {
    id: o.id,
    name: o.name,
    website: o.website,
    sector: o.sector,
    size: o.size,
    research: o.research,
    notes: o.notes,
    tags: o.tags,
    isTarget: o.isTarget,
    peopleCount: o.peopleCount,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}
