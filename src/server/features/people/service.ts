import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { PersonInput, PersonPatch } from "../../../shared/api/network.ts";
import type { Db } from "../../db/connect.ts";
import { people } from "../../db/schema/index.ts";
import { errors } from "../../http/errors.ts";
import { findOrCreateOrganization, getOrganization } from "../organizations/repo.ts";
import { getPerson, type PersonRecord, searchTextOf } from "./repo.ts";

type CreateInput = z.output<typeof PersonInput>;
type PatchInput = z.output<typeof PersonPatch>;

/** Resolves organizationId / organizationName to an organization of this workspace. */
async function resolveOrganization(
  db: Db,
  ws: string,
  input: { organizationId?: string | null | undefined; organizationName?: string | undefined },
): Promise<{ id: string | null; name: string | null } | undefined> {
  if (input.organizationId) {
    const org = await getOrganization(db, ws, input.organizationId);
    if (!org) throw errors.badRequest("organizationId", "no such organization in this workspace");
    return { id: org.id, name: org.name };
  }
  if (input.organizationId === null) return { id: null, name: null };
  if (input.organizationName) {
    const org = await findOrCreateOrganization(db, ws, input.organizationName);
    return { id: org.id, name: org.name };
  }
  return undefined;
}

export async function createPerson(db: Db, ws: string, input: CreateInput): Promise<PersonRecord> {
  return db.transaction(async (tx) => {
    const org = await resolveOrganization(tx, ws, input);
    const values = {
      workspaceId: ws,
      name: input.name,
      givenName: input.givenName ?? null,
      familyName: input.familyName ?? null,
      emails: input.emails ?? [],
      phones: input.phones ?? [],
      profileUrl: input.profileUrl ?? null,
      title: input.title ?? null,
      organizationId: org?.id ?? null,
      startedAt: input.startedAt ?? null,
      canHire: input.canHire ?? false,
      howWeMet: input.howWeMet ?? "",
      metOn: input.metOn ?? null,
      tags: input.tags ?? [],
      notes: input.notes ?? "",
    };
    const [row] = await tx
      .insert(people)
      .values({
        ...values,
        searchText: searchTextOf({ ...values, organizationName: org?.name ?? null }),
      })
      .returning({ id: people.id });
    return (await getPerson(tx, ws, row!.id))!;
  });
}

/** Applies the fields present in the patch; absent fields are left as they are. */
export async function updatePerson(
  db: Db,
  ws: string,
  id: string,
  patch: PatchInput,
): Promise<PersonRecord> {
  return db.transaction(async (tx) => {
    const current = await getPerson(tx, ws, id);
    if (!current || current.person.deletedAt) throw errors.notFound("Person");
    const org = await resolveOrganization(tx, ws, patch);
    const { organizationName: _ignored, ...fields } = patch;
    const next = { ...current.person, ...fields, ...(org ? { organizationId: org.id } : {}) };
    const organizationName = org ? org.name : current.organizationName;
    await tx
      .update(people)
      .set({
        ...fields,
        ...(org ? { organizationId: org.id } : {}),
        searchText: searchTextOf({ ...next, organizationName }),
        updatedAt: sql`now()`,
      })
      .where(and(eq(people.workspaceId, ws), eq(people.id, id)));
    return (await getPerson(tx, ws, id))!;
  });
}

/**
 * Deletes a person softly: they leave lists and search, but introductions and meetings that
 * name them stay readable (a referral chain never loses a link). See docs/decisions/0006.
 */
export async function deletePerson(db: Db, ws: string, id: string): Promise<void> {
  const deleted = await db
    .update(people)
    .set({ deletedAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(people.workspaceId, ws), eq(people.id, id), sql`${people.deletedAt} is null`))
    .returning({ id: people.id });
  if (deleted.length === 0) throw errors.notFound("Person");
}
