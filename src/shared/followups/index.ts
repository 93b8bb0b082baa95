// The follow-up engine (M11, M12): pure rules and drafts, shared by the API and the web app.
export { addDays, daysBetween } from "./days.ts";
export type { DraftFacts, DraftTemplate } from "./drafts.ts";
export {
  CONVERSATIONS_COUNTED,
  DEFAULT_TEMPLATES,
  draftFields,
  renderDraft,
  unfilledPlaceholders,
} from "./drafts.ts";
export {
  bucketOf,
  DEFAULT_CADENCE_DAYS,
  DUE_AFTER,
  reconcileFollowUps,
  STALE_AFTER_DAYS,
} from "./rules.ts";
export * from "./types.ts";
