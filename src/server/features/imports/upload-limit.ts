import { bodyLimit } from "hono/body-limit";
import { errors } from "../../http/errors.ts";

/** `51.2 MB`, or `2 KB` below a megabyte. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/**
 * A body limit for one upload route. Hono's bodyLimit refuses on the Content-Length header
 * before reading anything, and otherwise counts bytes as they stream in, so a too-large
 * upload never sits in memory whole. (The app's 1 MB limit on /api/* skips these routes.)
 */
export function uploadLimit(maxBytes: number, what: string) {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw errors.tooLarge(`${what} is larger than ${formatSize(maxBytes)}.`);
    },
  });
}
