/** How each M8 drill-down level (and the M9 / referral slots) reads on a badge. */
export const LEVEL_LABELS: Readonly<Record<string, string>> = {
  sector: "Sector",
  goals: "Goals",
  barriers: "Barriers",
  differentiation: "Differentiation",
  "tenure-change": "What changed",
  "what-drew-you": "What drew them",
  referral: "Referral",
  other: "Other",
};

export function levelLabel(level: string): string {
  return LEVEL_LABELS[level] ?? level;
}

/** The badge colour of a level: the drill-down gets one hue, deepening as it drills (M8). */
export function levelColor(level: string): string {
  switch (level) {
    case "sector":
    case "goals":
    case "barriers":
    case "differentiation":
      return "sea";
    case "tenure-change":
    case "what-drew-you":
      return "indigo";
    case "referral":
      return "grape";
    default:
      return "gray";
  }
}

export type RuleSeverity = "forbidden" | "warning";

type RuleInfo = { label: string; method: string; severity: RuleSeverity };

/** The question rules, with the method rule each one enforces. */
export const RULE_INFO: Readonly<Record<string, RuleInfo>> = {
  "asks-about-jobs": {
    label: "Forbidden: asks about openings",
    method: "M10",
    severity: "forbidden",
  },
  "asks-what-they-look-for": {
    label: "Forbidden: what they look for",
    method: "M10",
    severity: "forbidden",
  },
  "answerable-from-website": { label: "On their website", method: "M7", severity: "warning" },
  "drill-down-order": { label: "Out of order", method: "M8", severity: "warning" },
  "tenure-mismatch": { label: "Does not fit their tenure", method: "M9", severity: "warning" },
};

export function ruleInfo(rule: string): RuleInfo {
  return RULE_INFO[rule] ?? { label: rule, method: "", severity: "warning" };
}

/** M10: questions about openings or what they look for in candidates. */
export function isForbidden(rule: string): boolean {
  return ruleInfo(rule).severity === "forbidden";
}
