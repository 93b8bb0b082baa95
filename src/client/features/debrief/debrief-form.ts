import type { z } from "zod";
import { DebriefInput, type DebriefView } from "../../../shared/api/followups.ts";
import type { IntroductionStatus, MeetingView } from "../../../shared/api/network.ts";
import { isoToZoned, zonedToIso } from "../meetings/meeting-time.ts";

export type PersonRef = { id: string; name: string };
export type InsightRow = { key: string; text: string; tags: string[] };
export type IntroRow = {
  key: string;
  mode: "existing" | "new";
  person: PersonRef | null;
  name: string;
  organization: string;
  title: string;
  email: string;
  /** Who introduces; null = the first person met (the server's default). */
  fromPersonId: string | null;
  /** An introduction that moved on since the debrief (asked, made, declined) is kept as is. */
  movedOn: IntroductionStatus | null;
};
/** M11's three cases. */
export type ReferralChoice = "offered" | "to-ask" | "none";

export type DebriefForm = {
  /** Wall-clock `YYYY-MM-DDTHH:mm` in the meeting's time zone. */
  heldAt: string;
  notes: string;
  insights: InsightRow[];
  choice: ReferralChoice | null;
  offered: IntroRow[];
  toAsk: IntroRow[];
  /** With introductions offered, there were also people only mentioned (asked for later). */
  alsoMentioned: boolean;
};

/** Field errors keyed `heldAt`, `choice`, `insight.<key>`, `<rowKey>.<field>`. */
export type FormErrors = Record<string, string>;

let counter = 0;
export const newKey = () => `row-${++counter}`;

export const emptyInsight = (): InsightRow => ({ key: newKey(), text: "", tags: [] });
export const emptyIntro = (): IntroRow => ({
  key: newKey(),
  mode: "existing",
  person: null,
  name: "",
  organization: "",
  title: "",
  email: "",
  fromPersonId: null,
  movedOn: null,
});

type Debrief = z.infer<typeof DebriefView>;

/** The form for a meeting: blank (held at the scheduled time), or the saved debrief. */
export function initialForm(
  meeting: MeetingView,
  saved: Debrief | null,
  nameOf: (id: string) => string,
): DebriefForm {
  if (!saved) {
    return {
      heldAt: isoToZoned(meeting.heldAt ?? meeting.scheduledAt, meeting.timeZone),
      notes: "",
      insights: [emptyInsight()],
      choice: null,
      offered: [emptyIntro()],
      toAsk: [emptyIntro()],
      alsoMentioned: false,
    };
  }
  const rows = saved.introductions.map((i) => ({
    ...emptyIntro(),
    person: { id: i.toPersonId, name: nameOf(i.toPersonId) },
    fromPersonId: i.fromPersonId,
    movedOn: i.status === "offered" || i.status === "to-ask" ? null : i.status,
    toAsk: i.status === "to-ask",
  }));
  const strip = ({ toAsk: _, ...row }: IntroRow & { toAsk: boolean }): IntroRow => row;
  const offered = rows.filter((r) => !r.toAsk).map(strip);
  const toAsk = rows.filter((r) => r.toAsk).map(strip);
  return {
    heldAt: isoToZoned(saved.debrief.heldAt, meeting.timeZone),
    notes: saved.debrief.notes,
    insights: saved.insights.length
      ? saved.insights.map((i) => ({ key: newKey(), text: i.text, tags: i.tags }))
      : [emptyInsight()],
    choice: offered.length > 0 ? "offered" : toAsk.length > 0 ? "to-ask" : "none",
    offered: offered.length ? offered : [emptyIntro()],
    toAsk: toAsk.length ? toAsk : [emptyIntro()],
    alsoMentioned: offered.length > 0 && toAsk.length > 0,
  };
}

const isBlank = (r: IntroRow) =>
  r.mode === "existing"
    ? r.person === null
    : !`${r.name}${r.organization}${r.title}${r.email}`.trim();

const optional = (text: string) => (text.trim() ? text.trim() : undefined);

function toIntroduction(r: IntroRow, status: "offered" | "to-ask") {
  const from = r.fromPersonId ? { fromPersonId: r.fromPersonId } : {};
  if (r.mode === "existing") return { ...from, toPersonId: r.person?.id, status };
  return {
    ...from,
    toPerson: {
      name: r.name,
      organization: optional(r.organization),
      title: optional(r.title),
      email: optional(r.email),
    },
    status,
  };
}

/** The rows that go to the server for the chosen case, in order (errors map back by index). */
function chosenRows(form: DebriefForm) {
  if (form.choice === "offered") {
    // Offered, and also anyone mentioned alongside without an offer (M11: ask for those).
    return [
      ...form.offered
        .filter((r) => !isBlank(r))
        .map((r) => ({ row: r, status: "offered" as const })),
      ...(form.alsoMentioned ? form.toAsk : [])
        .filter((r) => !isBlank(r))
        .map((r) => ({ row: r, status: "to-ask" as const })),
    ];
  }
  if (form.choice === "to-ask")
    return form.toAsk
      .filter((r) => !isBlank(r))
      .map((r) => ({ row: r, status: "to-ask" as const }));
  return [];
}

const fieldOf: Record<string, string> = {
  toPersonId: "person",
  name: "name",
  organization: "organization",
  title: "title",
  email: "email",
  fromPersonId: "from",
};

const labels: Record<string, string> = {
  heldAt: "Held at",
  notes: "Notes",
  insight: "Insight",
  person: "Person",
  name: "Name",
  organization: "Organization",
  title: "Title",
  email: "E-mail",
  from: "Introduced by",
  choice: "Referral",
};

/** "E-mail must be an e-mail address": the shared schemas' messages follow the field's label. */
export function errorMessage(key: string, reason: string): string {
  const field = key.startsWith("insight.") ? "insight" : (key.split(".").at(-1) ?? key);
  return `${labels[field] ?? "This field"} ${reason}`;
}

/**
 * Puts an issue path (`introductions.0.toPerson.email`, from zod or from the server's 400)
 * onto the form's field key; null when it names no field of the form.
 */
export function errorKey(path: string, form: DebriefForm, rowKeys: string[]): string | null {
  const parts = path.split(".");
  if (parts[0] === "heldAt") return "heldAt";
  if (parts[0] === "notes") return "notes";
  if (parts[0] === "insights") {
    const rows = form.insights.filter((i) => i.text.trim());
    const row = rows[Number(parts[1])];
    return row ? `insight.${row.key}` : null;
  }
  if (parts[0] === "introductions") {
    const key = rowKeys[Number(parts[1])];
    const field = fieldOf[parts.at(-1) ?? ""] ?? "person";
    return key ? `${key}.${field}` : "choice";
  }
  return null;
}

/** Checks the form with the API's own schema; the input to send, or the errors to show. */
export function buildInput(
  form: DebriefForm,
  meeting: MeetingView,
  now = new Date(),
): { input: DebriefInput; rowKeys: string[] } | { errors: FormErrors } {
  const errors: FormErrors = {};
  const heldAt = zonedToIso(form.heldAt, meeting.timeZone);
  if (!heldAt) errors.heldAt = "Held at must be a date and time";
  else if (Date.parse(heldAt) > now.getTime() + 60 * 60_000)
    errors.heldAt = "Held at is in the future: record the debrief after the meeting";
  if (form.choice === null)
    errors.choice = "Choose what came out of the meeting: introductions, names, or no referral";
  const rows = chosenRows(form);
  if (form.choice && form.choice !== "none" && rows.length === 0)
    errors.choice = "Add at least one person, or choose “No referral”";
  const input: DebriefInput = {
    heldAt: heldAt ?? form.heldAt,
    notes: form.notes,
    insights: form.insights
      .filter((i) => i.text.trim())
      .map((i) => ({ text: i.text.trim(), tags: i.tags })),
    introductions: rows.map(({ row, status }) => toIntroduction(row, status)),
  };
  const rowKeys = rows.map(({ row }) => row.key);
  const parsed = DebriefInput.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = errorKey(issue.path.join("."), form, rowKeys);
      if (key && !errors[key]) errors[key] = errorMessage(key, issue.message);
    }
  }
  return Object.keys(errors).length > 0 ? { errors } : { input, rowKeys };
}
