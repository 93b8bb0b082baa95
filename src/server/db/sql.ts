import { type SQL, type SQLWrapper, sql } from "drizzle-orm";

/** A timestamptz as ISO 8601 in UTC (`…Z`), the same text on PGlite and PostgreSQL. */
export function isoUtc(expr: SQLWrapper | SQL): SQL<string | null> {
  return sql<string | null>`to_char(${expr} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/**
 * An instant to the microsecond, as ISO 8601 text in UTC: what a keyset cursor must carry.
 * A JavaScript Date keeps milliseconds only, and the rows of one statement share now() to
 * the microsecond. Fixed width, so the text sorts as the time does.
 */
export function isoUtcMicros(expr: SQLWrapper | SQL): SQL<string> {
  return sql<string>`to_char(${expr} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/**
 * Ids as ONE uuid[] parameter (an array literal): a list of any length binds as a single
 * value instead of one placeholder per id.
 */
export function uuidArray(ids: string[]): SQL {
  return sql`${`{${ids.join(",")}}`}::uuid[]`;
}

/** Escapes LIKE wildcards so user text matches literally. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (m) => `\\${m}`);
}

/** A table or column name quoted for SQL text built by hand (bulk writes, backup, vacuum). */
export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Dates and timestamps as the API shows them. */
export const toIso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** Runs a raw query and returns its rows; both drivers answer `{ rows }`. */
export async function queryRows<T>(
  db: { execute: (q: SQL) => Promise<unknown> },
  query: SQL,
): Promise<T[]> {
  const result = (await db.execute(query)) as { rows: T[] };
  return result.rows;
}

/** The PostgreSQL error code and constraint behind a driver error (drizzle wraps it as the cause), if any. */
export function databaseError(
  error: unknown,
): { code: string; constraint?: string; message: string } | null {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) {
      return { code, constraint: (e as { constraint?: string }).constraint, message: e.message };
    }
  }
  return null;
}

type Thunks = ReadonlyArray<() => Promise<unknown> | unknown>;

/**
 * Runs queries one after another. Inside a transaction every query shares one connection,
 * which takes one query at a time (node-postgres deprecates overlapping them).
 */
export async function sequential<const T extends Thunks>(
  thunks: T,
): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const results: unknown[] = [];
  for (const thunk of thunks) results.push(await thunk());
  return results as { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
}
