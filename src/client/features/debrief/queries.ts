import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { type DebriefInput, DebriefView } from "../../../shared/api/followups.ts";
import { api, isApiError } from "../../lib/api.ts";
import { followUpKeys, invalidateFollowUps } from "../followups/queries.ts";
import { invalidateAfter } from "../network/invalidate.ts";

export type Debrief = z.infer<typeof DebriefView>;

const debriefKey = (meetingId: string) => [...followUpKeys.debriefs, meetingId] as const;
const path = (meetingId: string) => `/meetings/${encodeURIComponent(meetingId)}/debrief`;

/** The meeting's debrief, or null when there is none yet (the API's 404). */
export function useDebrief(meetingId: string) {
  return useQuery({
    queryKey: debriefKey(meetingId),
    queryFn: async ({ signal }) => {
      try {
        return await api(path(meetingId), { schema: DebriefView, signal });
      } catch (error) {
        // The page loads the meeting itself, so a 404 here means "not debriefed yet".
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
  });
}

/**
 * Records the debrief (M11, M13). The meeting becomes held, introductions and people may be
 * created, follow-ups are derived: the network pages and Today all change with it.
 */
export function useSubmitDebrief(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DebriefInput) =>
      api(path(meetingId), { method: "POST", body: input, schema: DebriefView }),
    onSuccess: (view) => {
      queryClient.setQueryData(debriefKey(meetingId), view);
      return Promise.all([
        invalidateAfter(queryClient, "meeting"),
        invalidateAfter(queryClient, "introduction"),
        invalidateFollowUps(queryClient),
        queryClient.invalidateQueries({ queryKey: ["insights"] }),
      ]);
    },
  });
}
