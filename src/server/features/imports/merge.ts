import { IMPORT_SAMPLE_ROWS, type ImportSampleRows } from "../../../shared/api/imports.ts";
import { nameKey, profileUrlKey } from "./match-keys.ts";
import type { ImportedContact } from "./parse/contact.ts";
import { phoneKey } from "./parse/contact.ts";

/** A person as the import sees them: someone already in the workspace, or to be created. */
export type PersonState = {
  /** Null for a person this import creates. */
  id: string | null;
  name: string;
  givenName: string | null;
  familyName: string | null;
  emails: string[];
  phones: string[];
  profileUrl: string | null;
  title: string | null;
  organizationId: string | null;
  organizationName: string | null;
  howWeMet: string;
  metOn: string | null;
  tags: string[];
  notes: string;
  deleted: boolean;
  /** Set when the import changed an existing person. */
  changed: boolean;
};

export type SkippedRow = { line: number; reason: string };

export type ImportPlan = {
  creates: PersonState[];
  /** Existing people the import changed (people it matched without change are left alone). */
  updates: PersonState[];
  /** Rows that matched someone: an existing person or an earlier row of the same file. */
  merged: number;
  skipped: SkippedRow[];
  /** The first rows created and merged (IMPORT_SAMPLE_ROWS of each), for a preview to show. */
  rows: ImportSampleRows;
};

const empty = (v: string | null | undefined) => v === null || v === undefined || v.trim() === "";

function union(into: string[], add: string[], key: (v: string) => string): string[] {
  const seen = new Set(into.map(key));
  const out = [...into];
  for (const v of add) {
    const k = key(v);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(v);
    }
  }
  return out;
}

/**
 * Merges an imported contact into a person, field by field, without losing anything the
 * user typed: empty fields are filled, e-mails, phones and tags are united, notes are
 * appended when new, and a non-empty value is never overwritten (the name included).
 * Returns whether anything changed.
 */
export function mergeContact(target: PersonState, c: ImportedContact): boolean {
  const before = JSON.stringify(target);
  if (empty(target.givenName) && c.givenName) target.givenName = c.givenName;
  if (empty(target.familyName) && c.familyName) target.familyName = c.familyName;
  if (empty(target.title) && c.title) target.title = c.title;
  if (empty(target.profileUrl) && c.profileUrl) target.profileUrl = c.profileUrl;
  if (empty(target.metOn) && c.metOn) target.metOn = c.metOn;
  if (empty(target.howWeMet) && c.howWeMet) target.howWeMet = c.howWeMet;
  if (!target.organizationId && empty(target.organizationName) && c.organizationName)
    target.organizationName = c.organizationName;
  target.emails = union(target.emails, c.emails, (e) => e.toLowerCase());
  target.phones = union(target.phones, c.phones, phoneKey);
  target.tags = union(target.tags, c.tags, (t) => t.toLowerCase());
  // A re-import brings the same note again: append only what is not there yet.
  if (c.notes && !target.notes.includes(c.notes))
    target.notes = target.notes.trim() ? `${target.notes}\n\n${c.notes}` : c.notes;
  return JSON.stringify(target) !== before;
}

function fromContact(c: ImportedContact): PersonState {
  return {
    id: null,
    name: c.name,
    givenName: c.givenName,
    familyName: c.familyName,
    emails: c.emails,
    phones: c.phones,
    profileUrl: c.profileUrl,
    title: c.title,
    organizationId: null,
    organizationName: c.organizationName,
    howWeMet: c.howWeMet ?? "",
    metOn: c.metOn,
    tags: c.tags,
    notes: c.notes ?? "",
    deleted: false,
    changed: false,
  };
}

type MatchKeys = { url: string | null; name: string | null };

const keysOf = (p: {
  profileUrl: string | null;
  name: string;
  organizationName: string | null;
}) => ({
  url: profileUrlKey(p.profileUrl),
  name: nameKey(p.name, p.organizationName),
});

/** Lookup tables from match keys to people; the first person with a key keeps it. */
class PeopleIndex {
  private readonly byUrl = new Map<string, PersonState>();
  private readonly byEmail = new Map<string, PersonState>();
  private readonly byName = new Map<string, PersonState>();

  /** `keys`: the person's match keys when already known (a person just made from a row). */
  add(p: PersonState, keys: MatchKeys = keysOf(p)): void {
    if (keys.url && !this.byUrl.has(keys.url)) this.byUrl.set(keys.url, p);
    for (const e of p.emails)
      if (!this.byEmail.has(e.toLowerCase())) this.byEmail.set(e.toLowerCase(), p);
    if (keys.name && !this.byName.has(keys.name)) this.byName.set(keys.name, p);
  }

  /** Profile URL first, then any e-mail, then name and organization. */
  find(c: ImportedContact, keys: MatchKeys): PersonState | undefined {
    const byUrl = keys.url ? this.byUrl.get(keys.url) : undefined;
    if (byUrl) return byUrl;
    for (const e of c.emails) {
      const p = this.byEmail.get(e);
      if (p) return p;
    }
    return keys.name ? this.byName.get(keys.name) : undefined;
  }
}

/**
 * Decides, before anything is written, what an import does: who is created, who is merged
 * (into an existing person or into an earlier row of the same file: never a duplicate),
 * and which rows are skipped with their reason. Pure; `existing` is the workspace's people
 * (deleted ones included, so that a deleted person is not silently brought back).
 */
export function planImport(existing: PersonState[], contacts: ImportedContact[]): ImportPlan {
  const index = new PeopleIndex();
  // Live people claim their keys first; a deleted one only matches what nobody live has.
  for (const p of existing) if (!p.deleted) index.add(p);
  for (const p of existing) if (p.deleted) index.add(p);
  const creates: PersonState[] = [];
  const skipped: SkippedRow[] = [];
  const rows: ImportSampleRows = { created: [], merged: [] };
  let merged = 0;
  for (const c of contacts) {
    if (!c.name) {
      skipped.push({ line: c.line, reason: c.skipReason ?? "no name (first, last or full name)" });
      continue;
    }
    // Computed once per row: a new person has the row's keys (30,000 rows: ~0.1 s).
    const keys = keysOf(c);
    const match = index.find(c, keys);
    if (match?.deleted) {
      skipped.push({ line: c.line, reason: `matches ${match.name}, whom you deleted` });
    } else if (match) {
      merged += 1;
      const changed = mergeContact(match, c);
      if (changed && match.id) match.changed = true;
      index.add(match);
      if (rows.merged.length < IMPORT_SAMPLE_ROWS)
        rows.merged.push({
          line: c.line,
          name: c.name,
          organization: c.organizationName,
          personId: match.id,
          personName: match.name,
          changed,
        });
    } else {
      const created = fromContact(c);
      creates.push(created);
      index.add(created, keys);
      if (rows.created.length < IMPORT_SAMPLE_ROWS)
        rows.created.push({
          line: c.line,
          name: c.name,
          organization: c.organizationName,
          title: c.title,
        });
    }
  }
  return { creates, updates: existing.filter((p) => p.changed), merged, skipped, rows };
}
