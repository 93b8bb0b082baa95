import fs from "node:fs";
import type { Writable } from "node:stream";
import type { Command } from "commander";
import { CliError } from "../cli-error.ts";

type Options = { out?: string; email?: string };
const FORMATS = ["json", "vcard", "csv"] as const;
type Format = (typeof FORMATS)[number];

/** Writes with backpressure: a 100 MB backup never waits whole in memory. */
function sinkTo(stream: Writable) {
  return (chunk: string) =>
    new Promise<void>((resolve, reject) => {
      if (stream.write(chunk)) return resolve();
      stream.once("drain", resolve);
      stream.once("error", reject);
    });
}

/** `warmpath export json|vcard|csv [--out FILE]`: your data out (stdout without --out). */
export function register(program: Command): void {
  program
    .command("export")
    .description(
      "export the full JSON backup of your workspace, or your people as vCard 4.0 or CSV",
    )
    .argument("<format>", "json (full backup), vcard or csv")
    .option("--out <file>", "write to this file instead of standard output")
    .option("--email <email>", "whose workspace to export (default: the only user)")
    .action(async (format: string, options: Options) => {
      if (!FORMATS.includes(format as Format)) {
        throw new CliError(`unknown format "${format}" (expected json, vcard or csv)`, 2);
      }
      const { withDatabase } = await import("../context.ts");
      const { workspaceOf } = await import("../workspace.ts");
      const { writeBackup } = await import("../../server/features/exports/backup-write.ts");
      const { writeVcards } = await import("../../server/features/exports/vcard.ts");
      const { writePeopleCsv } = await import("../../server/features/exports/csv.ts");
      // A file appears only once complete: an interrupted export leaves no half backup.
      const partial = options.out ? `${options.out}.partial` : null;
      // `warmpath export json | head` closes the pipe early: that is not an error.
      process.stdout.on("error", (error: NodeJS.ErrnoException) => {
        if (error.code === "EPIPE") process.exit(0);
        throw error;
      });
      const stream = partial ? fs.createWriteStream(partial) : process.stdout;
      const sink = sinkTo(stream);
      try {
        await withDatabase("export", async (database) => {
          const { workspaceId } = await workspaceOf(database, options.email, { write: false });
          if (format === "json") await writeBackup(database.db, workspaceId, new Date(), sink);
          else if (format === "vcard") await writeVcards(database.db, workspaceId, {}, sink);
          else await writePeopleCsv(database.db, workspaceId, {}, sink);
        });
      } catch (error) {
        if (partial) fs.rmSync(partial, { force: true });
        throw error;
      }
      if (partial && options.out) {
        await new Promise<void>((resolve, reject) =>
          (stream as fs.WriteStream).end((error?: Error | null) =>
            error ? reject(error) : resolve(),
          ),
        );
        fs.renameSync(partial, options.out);
      }
    });
}
