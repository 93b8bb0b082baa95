import { z } from "zod";
import { NEXT_CURSOR_HEADER } from "../../../shared/api/network.ts";
import { api } from "../../lib/api.ts";

export type Page<T> = { items: T[]; nextCursor: string | null };

/**
 * One page of a list endpoint and the cursor of the next. List endpoints put that cursor in
 * the `X-Next-Cursor` header, which `api()` does not expose, so this reads the raw response.
 * Any failure is replayed through `api()`, so that errors (ApiError, the sign-in redirect
 * on 401) behave exactly as for every other call; a GET needs no CSRF token.
 */
export async function fetchPage<S extends z.ZodType>(
  path: string,
  item: S,
  signal?: AbortSignal,
  replayed = false,
): Promise<Page<z.output<S>>> {
  let response: Response | null = null;
  try {
    response = await fetch(`/api${path}`, {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
  }
  if (!response?.ok) {
    await api(path, { signal });
    // The replay succeeded (a passing failure): read the page again, once.
    if (replayed) throw new Error(`GET ${path} failed, then succeeded without its page header.`);
    return fetchPage(path, item, signal, true);
  }
  const items = z.array(item).parse(await response.json());
  return { items, nextCursor: response.headers.get(NEXT_CURSOR_HEADER) };
}
