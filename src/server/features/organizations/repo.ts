import { and, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { organizations } from "../../db/schema/index.ts";
import { likeEscape } from "../../db/sql.ts";

export type OrganizationRow = typeof organizations.$inferSelect;
export type OrganizationRecord = OrganizationRow & { peopleCount: number };

// Correlated subqueries name the outer table explicitly: drizzle leaves column names
// unqualified in single-table selects, where "id" would bind to the inner table.
// The workspace condition lets the count use the whole (workspace_id, organization_id) index.
const peopleCount = sql<number>`(select count(*)::int from people p
  where p.workspace_id = "organizations"."workspace_id" and p.organization_id = "organizations"."id"
    and p.deleted_at is null)`;

export async function getOrganization(
  db: Db,
  ws: string,
  id: string,
): Promise<OrganizationRecord | undefined> {
  const [row] = await db
    .select({ org: organizations, peopleCount })
    .from(organizations)
    .where(and(eq(organizations.workspaceId, ws), eq(organizations.id, id)));
  return row ? { ...row.org, peopleCount: row.peopleCount } : undefined;
}

export async function listOrganizations(
  db: Db,
  ws: string,
  filter: { q?: string | undefined; tag?: string | undefined },
  after: Array<string | null> | null,
  limit: number,
): Promise<{ rows: OrganizationRecord[]; next: Array<string | null> | null }> {
  const where: SQL[] = [sql`${organizations.workspaceId} = ${ws}`];
  if (filter.q)
    where.push(sql`lower(${organizations.name}) like ${`%${likeEscape(filter.q.toLowerCase())}%`}`);
  if (filter.tag)
    where.push(sql`${organizations.tags} @> array[${filter.tag.toLowerCase()}]::text[]`);
  if (after)
    where.push(
      sql`(lower(${organizations.name}), ${organizations.id}) > (${after[0]}, ${after[1]}::uuid)`,
    );
  const rows = await db
    .select({ org: organizations, peopleCount })
    .from(organizations)
    .where(and(...where))
    .orderBy(sql`lower(${organizations.name})`, organizations.id)
    .limit(limit + 1);
  const page = rows.slice(0, limit).map((r) => ({ ...r.org, peopleCount: r.peopleCount }));
  const last = page.at(-1);
  return {
    rows: page,
    next: rows.length > limit && last ? [last.name.toLowerCase(), last.id] : null,
  };
}

export async function organizationExists(db: Db, ws: string, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.workspaceId, ws), eq(organizations.id, id)));
  return Boolean(row);
}

/** The organization with this name (case-insensitive) in the workspace, created if missing. */
export async function findOrCreateOrganization(
  db: Db,
  ws: string,
  name: string,
): Promise<OrganizationRow> {
  const trimmed = name.trim();
  const [existing] = await db
    .select()
    .from(organizations)
    .where(
      and(
        eq(organizations.workspaceId, ws),
        sql`lower(${organizations.name}) = ${trimmed.toLowerCase()}`,
      ),
    )
    .limit(1);
  if (existing) return existing;
  const [created] = await db
    .insert(organizations)
    .values({ workspaceId: ws, name: trimmed })
    .returning();
  return created!;
}
