import type { Context } from "hono";
import { NEXT_CURSOR_HEADER } from "../../shared/api/network.ts";
import { errors } from "./errors.ts";

/** Opaque keyset cursor: the sort key values of the last row, base64url-encoded JSON. */
export function encodeCursor(values: Array<string | number | null>): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

export function decodeCursor(
  cursor: string | undefined,
  length: number,
): Array<string | null> | null {
  if (!cursor) return null;
  try {
    const values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(values) && values.length === length) return values as Array<string | null>;
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
