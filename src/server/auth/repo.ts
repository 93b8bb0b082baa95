import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "../db/connect.ts";
import { apiTokens, sessions, users, workspaceMembers, workspaces } from "../db/schema/index.ts";

export type UserRow = typeof users.$inferSelect;

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);
  return row;
}

export async function findUser(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** The workspace a user opens by default: the one they own, else the first shared with them. */
export async function defaultMembership(db: Db, userId: string) {
  const [row] = await db
    .select({
      workspaceId: workspaceMembers.workspaceId,
      canEdit: workspaceMembers.canEdit,
      name: workspaces.name,
    })
    .from(workspaceMembers)
    .innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
    .where(eq(workspaceMembers.userId, userId))
    .orderBy(sql`${workspaceMembers.role} = 'owner' desc`, workspaceMembers.createdAt)
    .limit(1);
  return row;
}

/** Resolves a session cookie (by its hash) to its user and workspace while it is valid. */
export async function findSession(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .select({
      userId: sessions.userId,
      workspaceId: sessions.workspaceId,
      csrfToken: sessions.csrfToken,
      canEdit: workspaceMembers.canEdit,
    })
    .from(sessions)
    .innerJoin(
      workspaceMembers,
      and(
        eq(workspaceMembers.workspaceId, sessions.workspaceId),
        eq(workspaceMembers.userId, sessions.userId),
      ),
    )
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  return row;
}

export async function findApiToken(db: Db, tokenHash: string) {
  const [row] = await db
    .select({
      id: apiTokens.id,
      userId: apiTokens.userId,
      workspaceId: apiTokens.workspaceId,
      lastUsedAt: apiTokens.lastUsedAt,
      canEdit: workspaceMembers.canEdit,
    })
    .from(apiTokens)
    .innerJoin(
      workspaceMembers,
      and(
        eq(workspaceMembers.workspaceId, apiTokens.workspaceId),
        eq(workspaceMembers.userId, apiTokens.userId),
      ),
    )
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  return row;
}
