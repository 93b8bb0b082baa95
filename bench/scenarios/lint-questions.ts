import fs from "node:fs";
import path from "node:path";
import { lintQuestionList } from "../../src/shared/method/index.ts";
import { median, percentile, round, timeRuns } from "../lib/stats.ts";
import { meets, type Scenario } from "../lib/types.ts";

/** 1,000 questions from the labelled fixtures, cycled: realistic wording and lengths. */
function thousandQuestions(): string[] {
  const dir = "src/shared/method/fixtures";
  const all = fs
    .readdirSync(dir)
    .filter((f) => f.startsWith("questions"))
    .flatMap((f) => fs.readFileSync(path.join(dir, f), "utf8").split("\n"))
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { q: string }).q);
  return Array.from({ length: 1000 }, (_, i) => all[i % all.length]!);
}

/**
 * The question linter over 1,000 questions in one list (the engine function, no I/O).
 * Floor: splitting the same questions into lower-cased words, the least any linter does.
 */
export const lintQuestions: Scenario = {
  id: "lint-1000-questions",
  run: async (options) => {
    const questions = thousandQuestions();
    const runs = await timeRuns(
      options.quick ? 5 : 15,
      async () => lintQuestionList(questions, { tenure: "unknown" }),
      1,
    );
    const floor = await timeRuns(
      15,
      async () => questions.map((q) => q.toLowerCase().split(/\W+/)),
      2,
    );
    const result = {
      id: "lint-1000-questions",
      size: "1,000 questions",
      medianMs: round(median(runs)),
      p99Ms: round(percentile(runs, 99)),
      throughputPerSecond: round(1000 / (median(runs) / 1000), 0),
      floorMs: round(median(floor)),
      ratio: round(median(runs) / median(floor)),
      goal: { medianMs: 1000 },
    };
    return [{ ...result, met: meets(result) }];
  },
};
