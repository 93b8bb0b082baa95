import type { z } from "zod";
import { csrfHeader, networkError, respond } from "./api.ts";

export type UploadOptions<S extends z.ZodType> = {
  schema: S;
  signal?: AbortSignal;
  /** Bytes sent so far, as the browser reports them. */
  onProgress?: (loaded: number, total: number) => void;
  /** The last byte has left: from here on the server is working on the request. */
  onSent?: () => void;
};

/**
 * POSTs a multipart form to `/api{path}` and reports the upload's progress. fetch cannot
 * report upload progress, so this sends with XMLHttpRequest; the answer goes through the same
 * handling as api() (CSRF retry, ApiError, 401 → sign-in, schema).
 */
export function upload<S extends z.ZodType>(
  path: string,
  form: FormData,
  options: UploadOptions<S>,
): Promise<z.output<S>> {
  return respond(() => send(path, form, options), true, { schema: options.schema });
}

// Statuses whose Response may not have a body.
const NO_BODY = new Set([204, 205, 304]);

function send<S extends z.ZodType>(
  path: string,
  form: FormData,
  options: UploadOptions<S>,
): Promise<Response> {
  const { signal } = options;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException("The upload was cancelled", "AbortError"));
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api${path}`);
    xhr.setRequestHeader("Accept", "application/json");
    for (const [name, value] of Object.entries(csrfHeader())) xhr.setRequestHeader(name, value);
    // Upload listeners must be attached before send() for the browser to report progress.
    xhr.upload.onprogress = (event) =>
      options.onProgress?.(event.loaded, event.lengthComputable ? event.total : 0);
    xhr.upload.onload = () => options.onSent?.();
    const abort = () => xhr.abort();
    signal?.addEventListener("abort", abort, { once: true });
    const settle = () => signal?.removeEventListener("abort", abort);
    xhr.onload = () => {
      settle();
      const body = NO_BODY.has(xhr.status) ? null : xhr.responseText;
      resolve(
        new Response(body, {
          status: xhr.status,
          statusText: xhr.statusText,
          headers: parseHeaders(xhr.getAllResponseHeaders()),
        }),
      );
    };
    xhr.onerror = () => {
      settle();
      reject(networkError());
    };
    xhr.onabort = () => {
      settle();
      reject(new DOMException("The upload was cancelled", "AbortError"));
    };
    xhr.send(form);
  });
}

/** `name: value` lines (CRLF-separated) into Headers. */
function parseHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const at = line.indexOf(":");
    if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return headers;
}
