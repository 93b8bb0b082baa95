// M8: high level first, then drill down. These ranks mirror the shared linter's order.
const DRILL_DOWN: Readonly<Record<string, number>> = {
  sector: 0,
  goals: 1,
  barriers: 2,
  differentiation: 3,
};

/**
 * Where a new question of `level` goes so that the list keeps the M8 order: before the
 * first question that drills deeper. Tenure, referral and other questions go at the end.
 */
export function insertionIndex(levels: readonly string[], level: string): number {
  const rank = DRILL_DOWN[level];
  if (rank === undefined) return levels.length;
  const deeper = levels.findIndex((l) => (DRILL_DOWN[l] ?? -1) > rank);
  if (deeper !== -1) return deeper;
  // After the last drill-down question, ahead of tenure and referral questions.
  let last = -1;
  levels.forEach((l, i) => {
    if (DRILL_DOWN[l] !== undefined) last = i;
  });
  // No drill-down question yet: high level goes first (M8).
  return last + 1;
}

/**
 * The index an out-of-order question should move to: the linter's drill-down finding says
 * "Move it before question N." (1-based). Null when the suggestion is not a move.
 */
export function moveTarget(rule: string, suggestion: string | undefined): number | null {
  if (rule !== "drill-down-order" || !suggestion) return null;
  const match = /before question (\d+)/i.exec(suggestion);
  return match ? Number(match[1]) - 1 : null;
}

/** A copy of `items` with the item at `from` moved to `to`. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [moved] = next.splice(from, 1);
  if (moved === undefined) return next;
  next.splice(to, 0, moved);
  return next;
}
