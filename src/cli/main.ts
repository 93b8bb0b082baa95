import { Command, CommanderError } from "commander";
import { CliError } from "./cli-error.ts";
import { commands } from "./commands/index.ts";

/** Builds the `warmpath` program; every command registers itself from its own file. */
export function buildProgram(): Command {
  const program = new Command("warmpath")
    .description("Warmpath: informational meetings to referrals, decision-makers and offers.")
    .showHelpAfterError()
    .exitOverride();
  for (const register of commands) register(program);
  return program;
}

async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander already printed its message (help, version or a usage error).
      process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof CliError) {
      process.stderr.write(`warmpath: ${error.message}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`warmpath: ${message.split("\n")[0]}\n`);
    process.exitCode = 1;
  }
}

await main(process.argv);
