import fs from "node:fs/promises";
import type { Command } from "commander";
import { CliError } from "../cli-error.ts";
import { printJson } from "../io.ts";

type Options = { dryRun?: boolean; json?: boolean; email?: string };

const FORMATS = ["linkedin", "google", "vcard"] as const;
type Format = (typeof FORMATS)[number];

const plural = (n: number, word: string) =>
  `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;

/** `warmpath import linkedin|google|vcard FILE`: contacts in, merged, in one transaction. */
export function register(program: Command): void {
  program
    .command("import")
    .description(
      "import contacts from LinkedIn (Connections.csv), Google Contacts (CSV) or vCard 2.1/3.0/4.0",
    )
    .argument("<format>", "linkedin, google or vcard")
    .argument("<file>", "the exported file (up to 50 MB)")
    .option("--dry-run", "compute what would be created, merged and skipped; write nothing")
    .option("--json", 'print {"created", "merged", "skipped": [{"line", "reason"}], "rejected"}')
    .option("--email <email>", "whose workspace receives the contacts (default: the only user)")
    .action(async (format: string, file: string, options: Options) => {
      if (!FORMATS.includes(format as Format)) {
        throw new CliError(`unknown format "${format}" (expected linkedin, google or vcard)`, 2);
      }
      const { MAX_IMPORT_BYTES, assertImportSize, importContacts } = await import(
        "../../server/features/imports/service.ts"
      );
      const { ParseError } = await import("../../server/features/imports/parse/index.ts");
      const { AppError } = await import("../../server/http/errors.ts");
      const refuse = (reason: string, line: number | null): never => {
        if (options.json)
          printJson({ created: 0, merged: 0, skipped: [], rejected: true, line, reason });
        throw new CliError(`${file}: ${line === null ? "" : `line ${line}: `}${reason}`);
      };
      const stat = await fs.stat(file).catch(() => null);
      if (!stat?.isFile()) throw new CliError(`cannot read ${file}`);
      try {
        assertImportSize(stat.size, MAX_IMPORT_BYTES);
      } catch (error) {
        if (error instanceof AppError) refuse(error.message, null);
        throw error;
      }
      const bytes = new Uint8Array(await fs.readFile(file));
      const { withDatabase } = await import("../context.ts");
      const { workspaceOf, oneLine } = await import("../workspace.ts");
      const tty = process.stderr.isTTY && !options.json;
      const summary = await withDatabase("import", async (database) => {
        const { workspaceId } = await workspaceOf(database, options.email, { write: true });
        try {
          return await importContacts(database, workspaceId, {
            format: format as Format,
            bytes,
            dryRun: Boolean(options.dryRun),
            onProgress: (stage) => {
              if (tty) process.stderr.write(`\r\x1b[K${stage}…`);
            },
          });
        } catch (error) {
          if (error instanceof ParseError) return refuse(error.reason, error.line);
          throw oneLine(error);
        } finally {
          if (tty) process.stderr.write("\r\x1b[K");
        }
      });
      if (options.json) return printJson(summary);
      const verb = options.dryRun ? "Would create" : "Created";
      const lines = [
        `${verb} ${plural(summary.created, "person").replace("persons", "people")}, merged ${plural(summary.merged, "row")} into people already known, skipped ${plural(summary.skipped.length, "row")}.`,
        ...summary.skipped.map((s) => `  line ${s.line}: ${s.reason}`),
        ...(options.dryRun ? ["Dry run: nothing was written."] : []),
      ];
      process.stdout.write(`${lines.join("\n")}\n`);
    });
}
