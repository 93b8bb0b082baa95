import { type QueryClient, useMutation, useQuery } from "@tanstack/react-query";
import type { SessionView } from "../../../shared/api/auth.ts";
import { api, isApiError, setCsrfToken } from "../../lib/api.ts";

export const sessionKey = ["auth", "session"] as const;

// Checked by hand rather than with the shared zod schema: this module is part of the first
// load, and zod alone would add ~20 KB gzip to it. Mirrors SessionView in src/shared/api/auth.ts.
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
function isSessionView(value: unknown): value is SessionView {
  if (!isRecord(value) || !isRecord(value.user) || !isRecord(value.workspace)) return false;
  const { user, workspace, csrfToken } = value;
  return (
    typeof user.id === "string" &&
    typeof user.email === "string" &&
    typeof user.name === "string" &&
    typeof workspace.id === "string" &&
    typeof workspace.name === "string" &&
    typeof workspace.canEdit === "boolean" &&
    (typeof csrfToken === "string" || csrfToken === null)
  );
}

/** A session answer from login, setup or me; throws when the server sent something else. */
export function toSession(value: unknown): SessionView {
  if (!isSessionView(value)) throw new Error("The server sent a session in an unexpected shape.");
  return value;
}

/** The signed-in session, or null when nobody is signed in (401 is an answer here, not an error). */
async function fetchSession(): Promise<SessionView | null> {
  try {
    const session = toSession(await api("/auth/me", { skipAuthRedirect: true }));
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 5 * 60_000 });
}

/** For components rendered only inside RequireSession, where a session always exists. */
export function useSignedInSession(): SessionView {
  const { data } = useSession();
  if (!data) throw new Error("useSignedInSession used outside RequireSession");
  return data;
}

/**
 * Called when a protected call finds the session gone (expired, revoked elsewhere): drops
 * what the user could see; RequireSession then sends them to sign-in and back.
 */
export function forgetSession(queryClient: QueryClient) {
  setCsrfToken(null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== "auth" });
  queryClient.setQueryData(sessionKey, null);
}

export function useLogout() {
  return useMutation({
    mutationFn: () => api("/auth/logout", { method: "POST", skipAuthRedirect: true }),
    // A full page load, not a client-side navigation: it wipes every cached query, the CSRF
    // token and any unsaved state, so the next person at this browser starts clean. Done
    // even if the call failed (offline): the user asked to leave.
    onSettled: () => window.location.replace("/login"),
  });
}
