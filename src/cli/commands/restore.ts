import fs from "node:fs/promises";
import type { Command } from "commander";
import { CliError } from "../cli-error.ts";
import { printJson } from "../io.ts";

type Options = { replace?: boolean; email?: string; json?: boolean };

/** `warmpath restore FILE [--replace]`: a JSON backup back into a workspace, exactly. */
export function register(program: Command): void {
  program
    .command("restore")
    .description("restore a JSON backup (from `warmpath export json`) into your workspace")
    .argument("<file>", "the backup file")
    .option("--replace", "delete the workspace's data first (otherwise it must be empty)")
    .option("--email <email>", "whose workspace to restore into (default: the only user)")
    .option("--json", 'print {"restored": {table: rows}, "replaced"}')
    .action(async (file: string, options: Options) => {
      const text = await fs.readFile(file, "utf8").catch(() => {
        throw new CliError(`cannot read ${file}`);
      });
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch (error) {
        throw new CliError(`${file} is not JSON: ${(error as Error).message.split("\n")[0]}`);
      }
      const { withDatabase } = await import("../context.ts");
      const { workspaceOf, oneLine } = await import("../workspace.ts");
      const { restoreBackup } = await import("../../server/features/exports/restore.ts");
      const summary = await withDatabase("restore", async (database) => {
        const { workspaceId } = await workspaceOf(database, options.email, { write: true });
        try {
          return await restoreBackup(database, workspaceId, doc, {
            replace: Boolean(options.replace),
          });
        } catch (error) {
          throw oneLine(error);
        }
      });
      if (options.json) return printJson(summary);
      const counts = Object.entries(summary.restored).filter(([, n]) => n > 0);
      const total = counts.reduce((sum, [, n]) => sum + n, 0);
      process.stdout.write(
        `Restored ${total.toLocaleString("en")} rows${counts.length ? `: ${counts.map(([k, n]) => `${k} ${n.toLocaleString("en")}`).join(", ")}` : ""}${summary.replaced ? " (previous data replaced)" : ""}.\n`,
      );
    });
}
