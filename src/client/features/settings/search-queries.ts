import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { z } from "zod";
import { FollowUpKindSchema } from "../../../shared/api/followups.ts";
import { api } from "../../lib/api.ts";
import { invalidateFollowUps } from "../followups/queries.ts";
import { browserTimeZone } from "../meetings/meeting-time.ts";

// These mirror SettingsView and TemplateView in the server's settings routes, which are not
// in src/shared yet (the client may not import server code).
export const SearchSettings = z.object({
  searchActive: z.boolean(),
  defaultCadenceDays: z.number(),
  timeZone: z.string(),
  calendarFeed: z.boolean(),
});
export type SearchSettings = z.infer<typeof SearchSettings>;

export const FollowUpTemplate = z.object({
  kind: FollowUpKindSchema,
  subject: z.string(),
  body: z.string(),
  edited: z.boolean(),
});
export type FollowUpTemplate = z.infer<typeof FollowUpTemplate>;

export const settingsKeys = {
  settings: ["settings", "search"] as const,
  templates: ["settings", "templates"] as const,
};

export function useSearchSettings() {
  return useQuery({
    queryKey: settingsKeys.settings,
    queryFn: ({ signal }) => api("/settings", { schema: SearchSettings, signal }),
  });
}

export type SettingsPatch = Partial<
  Pick<SearchSettings, "searchActive" | "defaultCadenceDays" | "timeZone">
>;

/** Every change re-derives the follow-ups on the server: Today and the drafts follow. */
export function usePatchSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: SettingsPatch) =>
      api("/settings", { method: "PATCH", body: patch, schema: SearchSettings }),
    onSuccess: (settings) => {
      queryClient.setQueryData(settingsKeys.settings, settings);
      return invalidateFollowUps(queryClient);
    },
  });
}

/**
 * A new workspace counts its days in UTC; the first time its owner opens Warmpath from a
 * browser elsewhere, the workspace takes the browser's zone, quietly and once, so that "due
 * today" means the user's today.
 */
export function useSyncBrowserTimeZone(canEdit: boolean) {
  const settings = useSearchSettings();
  const { mutate } = usePatchSettings();
  const tried = useRef(false);
  const current = settings.data?.timeZone;
  useEffect(() => {
    if (!canEdit || tried.current || current !== "UTC") return;
    const zone = browserTimeZone();
    if (zone === "UTC") return;
    tried.current = true;
    mutate({ timeZone: zone });
  }, [canEdit, current, mutate]);
}

export function useTemplates() {
  return useQuery({
    queryKey: settingsKeys.templates,
    queryFn: ({ signal }) =>
      api("/followup-templates", { schema: z.array(FollowUpTemplate), signal }),
  });
}

const templatePath = (kind: string) => `/followup-templates/${encodeURIComponent(kind)}`;

/** Saved templates change every draft not edited by hand. */
export function useSaveTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, subject, body }: Omit<FollowUpTemplate, "edited">) =>
      api(templatePath(kind), { method: "PUT", body: { subject, body }, schema: FollowUpTemplate }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: settingsKeys.templates }),
        invalidateFollowUps(queryClient),
      ]),
  });
}

export function useResetTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (kind: FollowUpTemplate["kind"]) => api(templatePath(kind), { method: "DELETE" }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: settingsKeys.templates }),
        invalidateFollowUps(queryClient),
      ]),
  });
}

const CalendarToken = z.object({ token: z.string(), url: z.string() });

/** A new secret feed URL; the previous one stops working. */
export function useCreateCalendarToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api("/calendar/token", { method: "POST", schema: CalendarToken }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.settings }),
  });
}

export function useRevokeCalendarToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api("/calendar/token", { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.settings }),
  });
}
