import type { AnswerCheckView } from "../../../shared/api/prepare.ts";

/** Where an answer stands: not written, written but missing something, or ready to rehearse. */
export type AnswerStatus = "empty" | "needs-work" | "ready";

type Check = Pick<AnswerCheckView, "words" | "elements" | "findings">;

/**
 * Ready means every element of a good answer is there (A1–A6) and nothing else was found:
 * no length, filler-word or long-sentence problem (M4).
 */
export function answerStatus(check: Check): AnswerStatus {
  if (check.words === 0) return "empty";
  return check.findings.length === 0 && check.elements.every((e) => e.present)
    ? "ready"
    : "needs-work";
}

export const STATUS_LABELS: Readonly<
  Record<AnswerStatus, { label: string; color: string; variant: "light" | "outline" }>
> = {
  empty: { label: "Not written", color: "gray", variant: "outline" },
  "needs-work": { label: "Needs work", color: "yellow", variant: "light" },
  ready: { label: "Ready", color: "teal", variant: "light" },
};

/** Where the spoken length falls against the target band. */
export type LengthFit = "none" | "short" | "within" | "long";

/** `short` when even read slowly it ends before the target, `long` when even read fast it overruns. */
export function lengthFit(
  spoken: { min: number; max: number },
  target: { min: number; max: number },
): LengthFit {
  if (spoken.max === 0) return "none";
  if (spoken.max < target.min) return "short";
  if (spoken.min > target.max) return "long";
  return "within";
}

/** 125 → "2:05". */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

/** A spoken range, "2:05–2:25", or one time when both ends agree. */
export function spokenRange(spoken: { min: number; max: number }): string {
  return spoken.min === spoken.max
    ? clock(spoken.min)
    : `${clock(spoken.min)}–${clock(spoken.max)}`;
}

/** A target band, "2–3 min" when it is whole minutes, else "0:45–2:00". */
export function targetRange(target: { min: number; max: number }): string {
  if (target.min % 60 === 0 && target.max % 60 === 0) {
    return `${target.min / 60}–${target.max / 60} min`;
  }
  return `${clock(target.min)}–${clock(target.max)}`;
}
