import type { PersonView } from "../../../shared/api/network.ts";
import { toIso } from "../../db/sql.ts";
import type { PersonRecord } from "./repo.ts";

/** Every field the API sends for a person, and nothing else. */
export function presentPerson(r: PersonRecord): PersonView {
  const p = r.person;
  return {
    id: p.id,
    name: p.name,
    givenName: p.givenName,
    familyName: p.familyName,
    emails: p.emails,
    phones: p.phones,
    profileUrl: p.profileUrl,
    title: p.title,
    organizationId: p.organizationId,
    organizationName: r.organizationName,
    startedAt: p.startedAt,
    canHire: p.canHire,
    howWeMet: p.howWeMet,
    metOn: p.metOn,
    tags: p.tags,
    notes: p.notes,
    lastContactedAt: r.lastContactedAt,
    introducedBy: r.introducedBy,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    deletedAt: toIso(p.deletedAt),
  };
}
