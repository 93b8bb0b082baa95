import type { Command } from "commander";
import { PasswordSchema, SetupInput } from "../../shared/api/auth.ts";
import { CliError } from "../cli-error.ts";
import { printJson, readStdin } from "../io.ts";

export function register(program: Command): void {
  const user = program.command("user").description("Manage user accounts");
  user
    .command("create")
    .description("Create a user with their own workspace (the first user owns the installation)")
    .requiredOption("--email <email>", "e-mail address used to sign in")
    .requiredOption("--name <name>", "display name")
    .requiredOption("--password-stdin", "read the password from standard input")
    .option("--json", "print the created user as JSON")
    .action(async (options: { email: string; name: string; json?: boolean }) => {
      const password = (await readStdin()).replace(/\r?\n$/, "");
      const parsed = SetupInput.safeParse({ email: options.email, name: options.name, password });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new CliError(`${String(issue?.path[0] ?? "input")}: ${issue?.message}`, 2);
      }
      const { withDatabase } = await import("../context.ts");
      const { createUser } = await import("../../server/auth/service.ts");
      const { AppError } = await import("../../server/http/errors.ts");
      const created = await withDatabase("user create", async (database) => {
        try {
          return await createUser(database.db, parsed.data, { onlyIfFirst: false });
        } catch (error) {
          if (error instanceof AppError) throw new CliError(error.message);
          throw error;
        }
      });
      const view = {
        id: created.user.id,
        email: created.user.email,
        name: created.user.name,
        owner: created.user.isOwner,
        workspaceId: created.workspaceId,
      };
      if (options.json) printJson(view);
      else
        process.stdout.write(
          `Created ${view.name} <${view.email}>${view.owner ? " (owner)" : ""}\n`,
        );
    });
  addResetPassword(user);
}

/** `warmpath user reset-password`: whoever runs the installation resets a forgotten password. */
function addResetPassword(user: Command): void {
  user
    .command("reset-password")
    .description("Set a new password for a user (signs out their sessions)")
    .requiredOption("--email <email>", "the user's e-mail address")
    .requiredOption("--password-stdin", "read the new password from standard input")
    .action(async (options: { email: string }) => {
      const password = (await readStdin()).replace(/\r?\n$/, "");
      const parsed = PasswordSchema.safeParse(password);
      if (!parsed.success) throw new CliError(`password: ${parsed.error.issues[0]?.message}`, 2);
      const { withDatabase } = await import("../context.ts");
      const { resetPassword } = await import("../../server/auth/service.ts");
      const found = await withDatabase("user reset-password", (database) =>
        resetPassword(database.db, options.email, parsed.data),
      );
      if (!found) throw new CliError(`no user with e-mail ${options.email}`);
      process.stdout.write(`Password reset for ${options.email}\n`);
    });
}
