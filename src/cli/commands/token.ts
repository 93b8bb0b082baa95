import type { Command } from "commander";
import { printJson } from "../io.ts";

export function register(program: Command): void {
  const token = program.command("token").description("Manage personal API tokens");
  token
    .command("create")
    .description("Print a new personal API token (use it as `Authorization: Bearer …`)")
    .option("--email <email>", "the user the token acts for (default: the only user)")
    .option("--name <label>", "a label to recognise the token by", "cli")
    .option("--json", 'print {"token": "..."}')
    .action(async (options: { email?: string; name: string; json?: boolean }) => {
      const { withDatabase, resolveUser } = await import("../context.ts");
      const { createApiToken } = await import("../../server/auth/service.ts");
      const created = await withDatabase("token create", async (database) => {
        const user = await resolveUser(database, options.email);
        return createApiToken(database.db, user.id, options.name);
      });
      if (options.json) printJson({ token: created.token, id: created.id, name: created.name });
      else process.stdout.write(`${created.token}\n`);
    });
}
