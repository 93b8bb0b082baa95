import { eq, sql } from "drizzle-orm";
import { updateJsonRows } from "../../db/bulk.ts";
import type { DatabaseKind, Db } from "../../db/connect.ts";
import { copyRows } from "../../db/copy.ts";
import { timeOrderedIds } from "../../db/ids.ts";
import { organizations, people } from "../../db/schema/index.ts";
import { searchTextOf } from "../people/repo.ts";
import { organizationKey } from "./match-keys.ts";
import type { PersonState } from "./merge.ts";

/** Every person of the workspace (deleted ones too), once, for matching in memory. */
export async function loadPeopleStates(db: Db, ws: string): Promise<PersonState[]> {
  const rows = await db
    .select({
      id: people.id,
      name: people.name,
      givenName: people.givenName,
      familyName: people.familyName,
      emails: people.emails,
      phones: people.phones,
      profileUrl: people.profileUrl,
      title: people.title,
      organizationId: people.organizationId,
      organizationName: organizations.name,
      howWeMet: people.howWeMet,
      metOn: people.metOn,
      tags: people.tags,
      notes: people.notes,
      deleted: sql<boolean>`${people.deletedAt} is not null`,
    })
    .from(people)
    .leftJoin(organizations, eq(organizations.id, people.organizationId))
    .where(eq(people.workspaceId, ws));
  return rows.map((r) => ({ ...r, changed: false }));
}

/**
 * The ids of the organizations these people name, by key, matched case-insensitively (as
 * findOrCreateOrganization does); the missing ones are created in one pass, and `created`
 * holds their ids.
 */
export async function resolveOrganizations(
  db: Db,
  kind: DatabaseKind,
  ws: string,
  names: Iterable<string>,
): Promise<{ ids: Map<string, string>; created: Set<string> }> {
  const ids = new Map<string, string>();
  const existing = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.workspaceId, ws));
  for (const o of existing) {
    const key = organizationKey(o.name);
    if (!ids.has(key)) ids.set(key, o.id);
  }
  // New organizations get their ids here (time-ordered, like new people), so they are
  // written with COPY and need no `returning`.
  const created: Array<{ id: string; workspace_id: string; name: string }> = [];
  const nextId = timeOrderedIds();
  for (const name of names) {
    const key = organizationKey(name);
    if (!key || ids.has(key)) continue;
    const id = nextId();
    ids.set(key, id);
    created.push({ id, workspace_id: ws, name: name.trim() });
  }
  await copyRows(db, kind, "organizations", ["id", "workspace_id", "name"], created);
  return { ids, created: new Set(created.map((o) => o.id)) };
}

function columnsOf(p: PersonState, organizationId: string | null) {
  return {
    name: p.name,
    given_name: p.givenName,
    family_name: p.familyName,
    emails: p.emails,
    phones: p.phones,
    profile_url: p.profileUrl,
    title: p.title,
    organization_id: organizationId,
    how_we_met: p.howWeMet,
    met_on: p.metOn,
    tags: p.tags,
    notes: p.notes,
    // Imported people are found by search at once, like people added by hand.
    search_text: searchTextOf(p),
  };
}

const orgIdOf = (p: PersonState, orgIds: Map<string, string>) =>
  p.organizationId ??
  (p.organizationName ? (orgIds.get(organizationKey(p.organizationName)) ?? null) : null);

/**
 * The organizations that the people to write point at (each once), except those this write
 * created: no other transaction sees them, so there is nothing to hold (holdReferences).
 */
export function referencedOrganizations(
  written: PersonState[],
  orgIds: Map<string, string>,
  created: Set<string>,
): string[] {
  const ids = new Set<string>();
  for (const p of written) {
    const id = orgIdOf(p, orgIds);
    if (id && !created.has(id)) ids.add(id);
  }
  return [...ids];
}

/**
 * Inserts the new people in multi-row chunks. Their ids are time-ordered (UUIDv7) and
 * follow one another, so each index keyed by id (the primary key, created/updated order)
 * grows at one place instead of at 30,000 random ones: ~0.6 s less for 30,000 people on
 * PGlite, ~0.4 s on PostgreSQL. Ids stay opaque UUIDs, like the random ones.
 */
export async function insertPeople(
  db: Db,
  kind: DatabaseKind,
  ws: string,
  creates: PersonState[],
  orgIds: Map<string, string>,
): Promise<void> {
  const nextId = timeOrderedIds(creates.length);
  const rows = creates.map((p) => ({
    id: nextId(),
    workspace_id: ws,
    ...columnsOf(p, orgIdOf(p, orgIds)),
  }));
  const columns = Object.keys(rows[0] ?? {});
  await copyRows(db, kind, "people", columns, rows);
}

/** Writes merged people back with set-based updates; their updated_at moves. */
export async function updatePeople(
  db: Db,
  ws: string,
  updates: PersonState[],
  orgIds: Map<string, string>,
): Promise<void> {
  const rows = updates.map((p) => ({ id: p.id!, ...columnsOf(p, orgIdOf(p, orgIds)) }));
  const columns = Object.keys(rows[0] ?? {}).filter((c) => c !== "id" && c !== "name");
  await updateJsonRows(db, "people", columns, rows, {
    workspaceId: ws,
    extraSet: "updated_at = now()",
  });
}
