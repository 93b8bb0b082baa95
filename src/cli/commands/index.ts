import type { Command } from "commander";
import { register as checkAnswer } from "./check-answer.ts";
import { register as evalCommand } from "./eval.ts";
import { register as exportCommand } from "./export.ts";
import { register as importCommand } from "./import.ts";
import { register as lintQuestions } from "./lint-questions.ts";
import { register as restore } from "./restore.ts";
import { register as serve } from "./serve.ts";
import { register as token } from "./token.ts";
import { register as user } from "./user.ts";

/** Each command lives in its own file and adds itself to the program. */
export const commands: Array<(program: Command) => void> = [
  serve,
  user,
  token,
  lintQuestions,
  checkAnswer,
  evalCommand,
  importCommand,
  exportCommand,
  restore,
];
