import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/connect.ts";
import { apiTokens, sessions, users, workspaceMembers, workspaces } from "../db/schema/index.ts";
import { errors } from "../http/errors.ts";
import { hashPassword, randomToken, sha256, verifyPassword } from "./crypto.ts";
import { countUsers, defaultMembership, findUserByEmail, type UserRow } from "./repo.ts";
import {
  clearFailures,
  lockedForSeconds,
  recordFailure,
  THROTTLE,
  throttleKeys,
} from "./throttle.ts";

export const SESSION_TTL_MS = 30 * 24 * 3600_000;

export type NewUser = { email: string; name: string; password: string };

// A dummy hash so that an unknown e-mail costs the same time as a wrong password.
const DUMMY_HASH = hashPassword("not-a-real-password-0");

/**
 * Creates a user with their own workspace, in one transaction. The first user of an
 * installation owns it; `onlyIfFirst` makes this the web set-up, which works only once.
 */
export async function createUser(
  db: Db,
  input: NewUser,
  options: { onlyIfFirst: boolean },
): Promise<{ user: UserRow; workspaceId: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    // Serialises concurrent set-ups (several instances on one PostgreSQL).
    await tx.execute(sql`select pg_advisory_xact_lock(4477010)`);
    const existing = await countUsers(tx);
    if (options.onlyIfFirst && existing > 0) {
      throw errors.conflict("setup_done", "Warmpath is already set up: sign in instead.");
    }
    if (await findUserByEmail(tx, input.email)) {
      throw errors.conflict("email_taken", `A user with e-mail ${input.email} already exists.`);
    }
    const [user] = await tx
      .insert(users)
      .values({
        email: input.email.trim(),
        name: input.name.trim(),
        passwordHash,
        isOwner: existing === 0,
      })
      .returning();
    const [workspace] = await tx
      .insert(workspaces)
      .values({ name: `${input.name.trim()}'s search` })
      .returning();
    await tx
      .insert(workspaceMembers)
      .values({ workspaceId: workspace!.id, userId: user!.id, role: "owner", canEdit: true });
    return { user: user!, workspaceId: workspace!.id };
  });
}

export type NewSession = { token: string; csrfToken: string; expiresAt: Date };

/** Starts a session for a user in their default workspace; a fresh id at every sign-in. */
export async function startSession(db: Db, userId: string, now: Date): Promise<NewSession> {
  const membership = await defaultMembership(db, userId);
  if (!membership) throw errors.forbidden("This account has no workspace.");
  const token = randomToken();
  const csrfToken = randomToken("", 24);
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db.insert(sessions).values({
    tokenHash: sha256(token),
    userId,
    workspaceId: membership.workspaceId,
    csrfToken,
    createdAt: now,
    expiresAt,
  });
  return { token, csrfToken, expiresAt };
}

export async function endSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/**
 * Checks e-mail and password with throttling per account and per client address. Failures
 * are counted in the database, so every app instance sees the same counts.
 */
export async function authenticatePassword(
  db: Db,
  email: string,
  password: string,
  address: string,
  now: Date,
): Promise<UserRow> {
  const keys = throttleKeys(email, address);
  const wait = await lockedForSeconds(db, [keys.account, keys.address], now);
  if (wait > 0) throw errors.tooManyAttempts(wait);
  const user = await findUserByEmail(db, email);
  const ok = user
    ? await verifyPassword(user.passwordHash, password)
    : await verifyPassword(await DUMMY_HASH, password).then(() => false);
  if (!user || !ok) {
    await recordFailure(db, keys.account, THROTTLE.accountFailures, now);
    await recordFailure(db, keys.address, THROTTLE.addressFailures, now);
    throw errors.invalidCredentials();
  }
  await clearFailures(db, keys.account);
  return user;
}

/** Creates a personal API token; the secret is returned once and stored only as a hash. */
export async function createApiToken(db: Db, userId: string, name: string) {
  const membership = await defaultMembership(db, userId);
  if (!membership) throw errors.forbidden("This account has no workspace.");
  const token = randomToken("wp_");
  const [row] = await db
    .insert(apiTokens)
    .values({
      userId,
      workspaceId: membership.workspaceId,
      name,
      tokenHash: sha256(token),
      prefix: token.slice(0, 9),
    })
    .returning();
  return { ...row!, token };
}

/** Sets a new password and ends the user's sessions; false when no such user exists. */
export async function resetPassword(db: Db, email: string, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const user = await findUserByEmail(tx, email);
    if (!user) return false;
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await tx.delete(sessions).where(eq(sessions.userId, user.id));
    return true;
  });
}
