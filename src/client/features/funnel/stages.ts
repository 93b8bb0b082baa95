import type { Funnel } from "../../../shared/api/network.ts";

export type FunnelStage = {
  key: string;
  label: string;
  hint: string;
  value: number;
  /** How this stage compares with the one before it, when that one is not empty. */
  rate: string | null;
};

/**
 * The chain of M2 as stages: informational meetings held → introductions made (the
 * referrals) → decision-makers met → job interviews held. Each stage's rate is per unit of
 * the stage before ("1.5 per meeting"), since one meeting can yield several referrals.
 */
export function funnelStages(f: Funnel): FunnelStage[] {
  const raw = [
    {
      key: "meetings",
      label: "Informational meetings held",
      hint: "The meeting gets the job interview (M2)",
      value: f.meetingsHeld,
      per: "",
    },
    {
      key: "referrals",
      label: "Introductions made",
      hint: "Referrals toward someone who can hire (M1, M11)",
      value: f.introductionsMade,
      per: "meeting",
    },
    {
      key: "decision-makers",
      label: "Decision-makers met",
      hint: "People who can hire you, met in person or on video",
      value: f.decisionMakersMet,
      per: "introduction",
    },
    {
      key: "interviews",
      label: "Job interviews held",
      hint: "Prepared like every meeting (M2)",
      value: f.jobInterviews,
      per: "decision-maker met",
    },
  ];
  return raw.map(({ per, ...stage }, i) => {
    const before = i > 0 ? raw[i - 1]!.value : 0;
    const ratio = before > 0 ? stage.value / before : null;
    return {
      ...stage,
      rate: ratio === null ? null : `${formatRatio(ratio)} per ${per}`,
    };
  });
}

const formatRatio = (r: number) =>
  r.toLocaleString("en", { maximumFractionDigits: r >= 10 ? 0 : r >= 1 ? 1 : 2 });
