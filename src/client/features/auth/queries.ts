import { type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { LoginInput, SessionView, SetupInput } from "../../../shared/api/auth.ts";
import { api, setCsrfToken } from "../../lib/api.ts";
import { sessionKey, toSession } from "./session.ts";

export const setupStateKey = ["auth", "setup"] as const;

type SetupState = { setupRequired: boolean };

function toSetupState(value: unknown): SetupState {
  if (typeof value === "object" && value !== null && "setupRequired" in value) {
    const { setupRequired } = value;
    if (typeof setupRequired === "boolean") return { setupRequired };
  }
  throw new Error("The server sent the set-up state in an unexpected shape.");
}

export function useSetupState() {
  return useQuery({
    queryKey: setupStateKey,
    queryFn: async () => toSetupState(await api("/auth/setup", { skipAuthRedirect: true })),
    staleTime: 60_000,
  });
}

function signedIn(queryClient: QueryClient, session: SessionView) {
  setCsrfToken(session.csrfToken);
  queryClient.setQueryData(setupStateKey, { setupRequired: false });
  queryClient.setQueryData(sessionKey, session);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: LoginInput) =>
      toSession(await api("/auth/login", { method: "POST", body: input, skipAuthRedirect: true })),
    onSuccess: (session) => signedIn(queryClient, session),
  });
}

export function useSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SetupInput) =>
      toSession(await api("/auth/setup", { method: "POST", body: input, skipAuthRedirect: true })),
    onSuccess: (session) => signedIn(queryClient, session),
  });
}
