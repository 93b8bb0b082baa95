import { useSearchSettings } from "../settings/search-queries.ts";
import { todayIn } from "./labels.ts";

/**
 * Today's date (`YYYY-MM-DD`) where the workspace counts its days (its time zone setting),
 * the browser's zone until the settings have loaded.
 */
export function useWorkspaceToday(): string {
  const zone = useSearchSettings().data?.timeZone;
  return todayIn(zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
}
