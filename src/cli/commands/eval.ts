import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { packageRoot } from "../../server/paths.ts";
import type { AnswerScore, QuestionScore, Rate } from "../../shared/method/index.ts";
import { CliError } from "../cli-error.ts";
import { printJson } from "../io.ts";

type Options = { questions?: string; answers?: string; json?: boolean };

/** One labelled data set and how the method engine scores on it. */
type DatasetReport = {
  name: string;
  questionsFile: string;
  answersFile: string;
  questions: QuestionScore;
  answers: AnswerScore;
};

// The repository root is three levels up from src/cli/commands.
// From the package root, so that the bundled CLI (dist/) finds the same files.
const ROOT = `${packageRoot}/`;
const DEV_QUESTIONS = `${ROOT}../shared/eval/questions.dev.jsonl`;
const DEV_ANSWERS = `${ROOT}../shared/eval/answers.dev.jsonl`;
const EXTRA_QUESTIONS = `${ROOT}src/shared/method/fixtures/questions.extra.jsonl`;
const EXTRA_ANSWERS = `${ROOT}src/shared/method/fixtures/answers.extra.jsonl`;

async function readCases(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch {
    throw new CliError(`cannot read ${path}`, 2);
  }
}

async function evaluate(
  name: string,
  questionsFile: string,
  answersFile: string,
): Promise<DatasetReport> {
  const [q, a] = await Promise.all([readCases(questionsFile), readCases(answersFile)]);
  const engine = await import("../../shared/method/index.ts");
  try {
    return {
      name,
      questionsFile,
      answersFile,
      questions: engine.scoreQuestions(engine.parseQuestionCases(q, questionsFile)),
      answers: engine.scoreAnswers(engine.parseAnswerCases(a, answersFile)),
    };
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(error instanceof Error ? error.message : String(error), 2);
  }
}

function pct(r: Rate): string {
  return `${(r.accuracy * 100).toFixed(1).padStart(5)} %  (${r.correct}/${r.total})`;
}

function formatText(report: DatasetReport): string {
  const lines = [`== ${report.name} ==`, "questions"];
  lines.push(`  violation set (exact)     ${pct(report.questions.violationSet)}`);
  lines.push(`  level (labelled)          ${pct(report.questions.level)}`);
  for (const [rule, r] of Object.entries(report.questions.perRule)) {
    lines.push(`  rule ${rule.padEnd(24)} ${pct(r)}`);
  }
  for (const [level, r] of Object.entries(report.questions.perLevel)) {
    lines.push(`  level ${level.padEnd(23)} ${pct(r)}`);
  }
  lines.push("answers", `  elements (all)            ${pct(report.answers.elements)}`);
  for (const [element, r] of Object.entries(report.answers.perElement)) {
    lines.push(`  ${element.padEnd(40)} ${pct(r)}`);
  }
  const misses = [...report.questions.misses, ...report.answers.misses];
  if (misses.length > 0) {
    lines.push("misses");
    for (const m of misses) lines.push(`  expected ${m.expected}, got ${m.actual}: ${m.text}`);
  }
  return lines.join("\n");
}

/** `warmpath eval`: accuracy of the method engine on labelled questions and answers. */
export function register(program: Command): void {
  program
    .command("eval")
    .description(
      "score the question linter and answer checker on labelled data (dev set and our fixtures)",
    )
    .option("--questions <file>", "labelled questions, JSON Lines", DEV_QUESTIONS)
    .option("--answers <file>", "labelled answers, JSON Lines", DEV_ANSWERS)
    .option("--json", "print the report as JSON")
    .action(async (options: Options) => {
      const reports = [
        await evaluate(
          "labelled",
          options.questions ?? DEV_QUESTIONS,
          options.answers ?? DEV_ANSWERS,
        ),
        await evaluate("extra fixtures", EXTRA_QUESTIONS, EXTRA_ANSWERS),
      ];
      if (options.json) printJson({ datasets: reports });
      else process.stdout.write(`${reports.map(formatText).join("\n\n")}\n`);
    });
}
