import { QueryClient } from "@tanstack/react-query";
import { isApiError } from "./api.ts";

/**
 * Retries only what may succeed on a second try: network failures and 5xx. A 4xx (invalid
 * input, not found, signed out) will answer the same way again.
 */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!isApiError(error)) return false;
  return error.status === 0 || error.status >= 500;
}

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}
