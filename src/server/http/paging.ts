import type { Context } from "hono";
import { NEXT_CURSOR_HEADER } from "../../shared/api/network.ts";
import { errors } from "./errors.ts";

/** Opaque keyset cursor: the sort key values of the last row, base64url-encoded JSON. */
export function encodeCursor(values: Array<string | number | null>): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

/** What each value of a cursor must be: text, an ISO instant, a UUID, or one of a few words. */
export type CursorPart = "text" | "time" | "id" | readonly string[];

const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function fits(value: unknown, part: CursorPart): boolean {
  if (typeof value !== "string") return false;
  if (part === "text") return true;
  if (part === "time") return TIME.test(value) && !Number.isNaN(Date.parse(value));
  if (part === "id") return UUID.test(value);
  return part.includes(value);
}

/**
 * The values of a cursor this endpoint gave out, checked against their kinds: a cursor
 * edited by hand gets a 400 naming the cursor, never a database error.
 */
export function decodeCursor(
  cursor: string | undefined,
  parts: readonly CursorPart[],
): Array<string | null> | null {
  if (!cursor) return null;
  try {
    const values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (
      Array.isArray(values) &&
      values.length === parts.length &&
      values.every((v, i) => fits(v, parts[i]!))
    )
      return values as string[];
  } catch {
    // fall through to the error below
  }
  throw errors.badRequest("cursor", "is not a cursor this endpoint gave out");
}

/** Sets the next-page headers (cursor and Link) when there is a next page. */
export function setNextPage(c: Context, nextCursor: string | null): void {
  if (!nextCursor) return;
  c.header(NEXT_CURSOR_HEADER, nextCursor);
  const url = new URL(c.req.url);
  url.searchParams.set("cursor", nextCursor);
  c.header("Link", `<${url.pathname}${url.search}>; rel="next"`);
}
