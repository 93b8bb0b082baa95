/** The follow-up kinds of the method (M11, M12). */
export const FOLLOW_UP_KINDS = [
  "thank-you",
  "confirm-introduction",
  "ask-for-introduction",
  "check-in",
  "stay-in-touch",
  "plan-meeting",
  "custom",
] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export const FOLLOW_UP_STATUSES = ["due", "done", "skipped", "snoozed"] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** A calendar day, `YYYY-MM-DD`. */
export type Day = string;

export type MeetingFacts = {
  id: string;
  status: "planned" | "held" | "cancelled";
  /** Day the meeting was held (or is planned for). */
  day: Day;
  personIds: string[];
  /** The debrief said nobody was offered or mentioned (M11 third case). */
  noReferral: boolean;
};

export type IntroductionFacts = {
  id: string;
  fromPersonId: string;
  toPersonId: string;
  status: "offered" | "to-ask" | "asked" | "made" | "declined";
  offeredOn: Day | null;
  toAskOn: Day | null;
  madeOn: Day | null;
};

export type PersonFacts = {
  id: string;
  /** Days between stay-in-touch notes; null = the workspace default. */
  cadenceDays: number | null;
  /** The user paused follow-ups for this person. */
  paused: boolean;
  /** The latest contact: a meeting held, a message sent, a call logged. */
  lastContactOn: Day | null;
};

/** A follow-up already stored, reduced to what the rules need. */
export type ExistingFollowUp = {
  sourceKey: string;
  kind: FollowUpKind;
  status: FollowUpStatus;
  dueOn: Day;
  /** When it was marked done or skipped. */
  closedOn: Day | null;
};

export type FollowUpState = {
  today: Day;
  /** False once the user said "I found a job": nothing new is scheduled (M12 "for as long as the search runs"). */
  searchActive: boolean;
  defaultCadenceDays: number;
  meetings: MeetingFacts[];
  introductions: IntroductionFacts[];
  people: PersonFacts[];
  /** Meetings planned from now on, by person (a plan-meeting follow-up is then not needed). */
  plannedMeetingPersonIds: string[];
  existing: ExistingFollowUp[];
};

/** A follow-up the rules want to exist, identified by a stable source key. */
export type WantedFollowUp = {
  sourceKey: string;
  kind: FollowUpKind;
  personId: string;
  meetingId: string | null;
  introductionId: string | null;
  dueOn: Day;
  /** The method rule it implements, for the UI and the docs. */
  rule: "M11" | "M12";
};

export type Reconciliation = {
  /** To create, or to move (an open one whose due day changed). */
  wanted: WantedFollowUp[];
  /** Open follow-ups no longer needed (e.g. the introduction was made). */
  resolved: string[];
};
