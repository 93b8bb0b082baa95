import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import type { QuestionResult, Tenure } from "../../shared/method/index.ts";
import { CliError } from "../cli-error.ts";
import { nonBlankLines, printJson, readStdin } from "../io.ts";

type Options = { json?: boolean; website?: string; tenure?: string };

const TENURES: readonly Tenure[] = ["long", "new", "unknown"];

function formatText(results: readonly QuestionResult[]): string {
  return results
    .map((r, i) => {
      const head = `${i + 1}. [${r.level}] ${r.question}`;
      if (r.findings.length === 0) return `${head}\n   ok`;
      const lines = r.findings.map(
        (f) => `   ✗ ${f.rule}: ${f.message}${f.suggestion ? `\n     → ${f.suggestion}` : ""}`,
      );
      return [head, ...lines].join("\n");
    })
    .join("\n");
}

/** `warmpath lint-questions`: checks the questions to ask, one per line on stdin (M6–M10). */
export function register(program: Command): void {
  program
    .command("lint-questions")
    .description("check the questions you plan to ask (one per line on stdin) against M6–M10")
    .option("--json", "print a JSON array, one object per question")
    .option(
      "--website <file>",
      "notes from the organization's website: questions they answer are flagged (M7)",
    )
    .option("--tenure <tenure>", "how long the contact has been there: long, new or unknown (M9)")
    .action(async (options: Options) => {
      const tenure = options.tenure ?? "unknown";
      if (!TENURES.includes(tenure as Tenure)) {
        throw new CliError(`unknown tenure "${tenure}" (expected long, new or unknown)`, 2);
      }
      let research: string | undefined;
      if (options.website) {
        try {
          research = await readFile(options.website, "utf8");
        } catch {
          throw new CliError(`cannot read --website file ${options.website}`, 2);
        }
      }
      const questions = nonBlankLines(await readStdin()).map((l) => l.text.trim());
      // The engine (and its NLP library) loads on use, so `--help` stays instant.
      const { lintQuestionList } = await import("../../shared/method/index.ts");
      const { questions: results } = lintQuestionList(questions, {
        tenure: tenure as Tenure,
        ...(research === undefined ? {} : { research }),
      });
      if (options.json) printJson(results);
      else if (results.length > 0) process.stdout.write(`${formatText(results)}\n`);
    });
}
