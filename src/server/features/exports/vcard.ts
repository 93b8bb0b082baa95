import ICAL from "ical.js";
import type { Db } from "../../db/connect.ts";
import type { PeopleFilter, PersonRecord } from "../people/repo.ts";
import type { Sink } from "./backup-write.ts";
import { peoplePages } from "./people-source.ts";

function property(name: string, value: string | string[], type?: string): ICAL.Property {
  const p = new ICAL.Property(name);
  if (type) p.resetType(type);
  if (Array.isArray(value) && name !== "n") p.setValues(value);
  else p.setValue(value);
  return p;
}

/** `20260302T090000Z`, the vCard 4.0 timestamp form. */
const vcardTimestamp = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d+/, "");

/**
 * One person as a vCard 4.0 (RFC 6350) card. ical.js writes it, so escaping (`\,` `\;`
 * `\n`) and line folding follow the standard; phone numbers are written as text, since
 * typed numbers are rarely valid `tel:` URIs.
 */
export function personToVcard(r: PersonRecord): string {
  const p = r.person;
  const card = new ICAL.Component(["vcard", [], []]);
  card.addProperty(property("version", "4.0"));
  card.addProperty(property("uid", `urn:uuid:${p.id}`));
  card.addProperty(property("fn", p.name));
  card.addProperty(property("n", [p.familyName ?? "", p.givenName ?? "", "", "", ""]));
  for (const email of p.emails) card.addProperty(property("email", email));
  for (const phone of p.phones) card.addProperty(property("tel", phone, "text"));
  if (r.organizationName) card.addProperty(property("org", r.organizationName));
  if (p.title) card.addProperty(property("title", p.title));
  if (p.profileUrl) card.addProperty(property("url", p.profileUrl, "uri"));
  if (p.tags.length > 0) card.addProperty(property("categories", p.tags));
  if (p.notes) card.addProperty(property("note", p.notes));
  card.addProperty(property("rev", vcardTimestamp(p.updatedAt), "timestamp"));
  return `${card.toString()}\r\n`;
}

/** Every person matching the filter (as GET /api/people) as one vCard 4.0 file. */
export async function writeVcards(
  db: Db,
  ws: string,
  filter: PeopleFilter,
  sink: Sink,
): Promise<void> {
  for await (const page of peoplePages(db, ws, filter))
    await sink(page.map(personToVcard).join(""));
}
