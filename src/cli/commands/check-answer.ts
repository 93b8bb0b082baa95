import type { Command } from "commander";
import { z } from "zod";
// The kinds come from their own file: the engine barrel would load the NLP library at once.
import { ANSWER_KINDS, type AnswerKind, isAnswerKind } from "../../shared/method/answers/kinds.ts";
import type { AnswerResult } from "../../shared/method/index.ts";
import { CliError } from "../cli-error.ts";
import { nonBlankLines, printJson, readStdin } from "../io.ts";

type Options = { kind?: string; json?: boolean; batch?: boolean };

const batchLine = z.object({ kind: z.string(), text: z.string() });

function kindOrThrow(kind: string, where = ""): AnswerKind {
  if (isAnswerKind(kind)) return kind;
  throw new CliError(
    `${where}unknown kind "${kind}" (expected one of: ${ANSWER_KINDS.join(", ")})`,
    2,
  );
}

function formatText(r: AnswerResult): string {
  const lines = [
    `${r.kind}: ${r.words} words, about ${r.spokenSeconds.min}–${r.spokenSeconds.max} seconds spoken`,
    ...r.elements.map(
      (e) => `  ${e.present ? "✓" : "✗"} ${e.id}${e.evidence ? `: "${e.evidence}"` : ""}`,
    ),
    ...r.findings.map(
      (f) => `  ! ${f.rule}: ${f.message}${f.suggestion ? `\n    → ${f.suggestion}` : ""}`,
    ),
  ];
  return lines.join("\n");
}

function parseBatch(input: string): Array<{ kind: AnswerKind; text: string }> {
  return nonBlankLines(input).map(({ line, text }) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new CliError(`line ${line}: not valid JSON`, 2);
    }
    const parsed = batchLine.safeParse(value);
    if (!parsed.success) {
      throw new CliError(`line ${line}: expected {"kind": string, "text": string}`, 2);
    }
    return { kind: kindOrThrow(parsed.data.kind, `line ${line}: `), text: parsed.data.text };
  });
}

/** `warmpath check-answer`: checks a prepared answer for the elements of A1–A6 (M4). */
export function register(program: Command): void {
  program
    .command("check-answer")
    .description(
      "check a prepared answer (text on stdin) for the elements of a good answer (A1–A6)",
    )
    .option("--kind <kind>", `the question answered: ${ANSWER_KINDS.join(", ")}`)
    .option("--json", "print the result as JSON")
    .option("--batch", 'read JSON Lines {"kind", "text"} and write one JSON result per line')
    .action(async (options: Options) => {
      const { checkAnswer } = await import("../../shared/method/index.ts");
      if (options.batch) {
        // Validate every line before writing anything, so a bad line leaves no partial output.
        const items = parseBatch(await readStdin());
        for (const item of items) printJson(checkAnswer(item.kind, item.text));
        return;
      }
      if (!options.kind) throw new CliError("missing --kind (or use --batch)", 2);
      const kind = kindOrThrow(options.kind);
      const result = checkAnswer(kind, await readStdin());
      if (options.json) printJson(result);
      else process.stdout.write(`${formatText(result)}\n`);
    });
}
