import type { z } from "zod";
import { isApiError } from "../../lib/api.ts";

export type FieldErrors = Record<string, string>;

/**
 * Field messages from a failed zod parse or a 400's `issues`, as "<Label> <reason>" (the
 * shared schemas phrase reasons to follow the label). Only fields with a label are kept;
 * the caller shows anything else in an alert.
 */
export function fieldErrors(source: z.ZodError | unknown, labels: Record<string, string>) {
  const issues: { field: string; reason: string }[] = isApiError(source)
    ? source.issues
    : isZodError(source)
      ? source.issues.map((i) => ({ field: i.path.join("."), reason: i.message }))
      : [];
  const errors: FieldErrors = {};
  for (const { field, reason } of issues) {
    const name = field.split(".")[0] ?? "";
    const label = labels[name];
    if (label && !errors[name]) errors[name] = `${label} ${reason}`;
  }
  return errors;
}

function isZodError(value: unknown): value is z.ZodError {
  return typeof value === "object" && value !== null && "issues" in value && !isApiError(value);
}
