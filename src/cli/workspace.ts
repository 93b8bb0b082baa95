import { defaultMembership } from "../server/auth/repo.ts";
import type { Database } from "../server/db/connect.ts";
import { AppError } from "../server/http/errors.ts";
import { CliError } from "./cli-error.ts";
import { resolveUser } from "./context.ts";

/** The workspace a command acts on: the user's own (`--email`, or the only user). */
export async function workspaceOf(
  database: Database,
  email: string | undefined,
  options: { write: boolean },
): Promise<{ workspaceId: string; name: string }> {
  const user = await resolveUser(database, email);
  const membership = await defaultMembership(database.db, user.id);
  if (!membership) throw new CliError(`${user.email} has no workspace`);
  if (options.write && !membership.canEdit)
    throw new CliError(`${user.email} may only read this workspace`);
  return { workspaceId: membership.workspaceId, name: membership.name };
}

/** A server error as one CLI line (its message already speaks to a person). */
export function oneLine(error: unknown): CliError | unknown {
  if (error instanceof AppError) return new CliError(error.message.replace(/\s*\n\s*/g, " "));
  return error;
}
