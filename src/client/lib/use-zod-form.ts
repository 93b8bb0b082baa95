import { type ChangeEvent, useCallback, useId, useState } from "react";
import type { z } from "zod";
import { isApiError } from "./api.ts";

type Errors<K extends string> = Partial<Record<K, string>>;

/**
 * Form state for text fields validated by a shared zod schema — the same schema the server
 * validates with, so the browser and the API agree on every rule. Messages in the shared
 * schemas are phrased to follow the field's label ("is required"), so errors read
 * "Name is required".
 */
export function useZodForm<K extends string, S extends z.ZodType>(options: {
  schema: S;
  initialValues: Record<K, string>;
  labels: Record<K, string>;
}) {
  const { schema, labels } = options;
  const formId = useId();
  const [values, setValues] = useState(options.initialValues);
  const [errors, setErrors] = useState<Errors<K>>({});

  const fieldId = useCallback((field: K) => `${formId}-${field}`, [formId]);
  const isField = (name: string): name is K => Object.hasOwn(labels, name);
  const message = (field: K, reason: string) => `${labels[field]} ${reason}`;

  // Moving focus to the first invalid field tells keyboard and screen-reader users where to go.
  const focusFirst = (found: Errors<K>) => {
    const first = Object.keys(labels)
      .filter(isField)
      .find((field) => found[field]);
    if (first) document.getElementById(fieldId(first))?.focus();
  };

  /** Parses the values; on failure shows the errors on their fields and returns null. */
  const validate = (): z.output<S> | null => {
    const result = schema.safeParse(values);
    if (result.success) {
      setErrors({});
      return result.data;
    }
    const found: Errors<K> = {};
    for (const issue of result.error.issues) {
      const name = String(issue.path[0] ?? "");
      if (isField(name) && !found[name]) found[name] = message(name, issue.message);
    }
    setErrors(found);
    focusFirst(found);
    return null;
  };

  /** Puts a 400's field issues onto their fields; returns false when none matched a field. */
  const applyApiError = (error: unknown): boolean => {
    if (!isApiError(error)) return false;
    const found: Errors<K> = {};
    for (const issue of error.issues) {
      const name = issue.field.split(".")[0] ?? "";
      if (isField(name) && !found[name]) found[name] = message(name, issue.reason);
    }
    if (Object.keys(found).length === 0) return false;
    setErrors(found);
    focusFirst(found);
    return true;
  };

  const getInputProps = (field: K) => ({
    id: fieldId(field),
    label: labels[field],
    value: values[field],
    error: errors[field],
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [field]: value }));
      // Clear a field's error as soon as the user edits it; re-checked on submit.
      setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
    },
  });

  const reset = () => {
    setValues(options.initialValues);
    setErrors({});
  };

  return { values, errors, validate, applyApiError, getInputProps, reset };
}
