import { Alert } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { isApiError } from "../lib/api.ts";

// Titles for the server's stable error codes that people meet in normal use.
const titles: Record<string, string> = {
  invalid_credentials: "Wrong e-mail or password",
  too_many_attempts: "Too many attempts",
  setup_done: "Already set up",
  csrf_failed: "Please reload the page",
  network_error: "No connection",
};

/** A short title for the kinds of failure a person can do something about. */
function titleFor(error: unknown): string {
  if (!isApiError(error)) return "Something went wrong";
  const known = titles[error.code];
  if (known) return known;
  if (error.status === 401) return "Not signed in";
  if (error.status === 403) return "Not allowed";
  if (error.status >= 500) return "Server problem";
  return "That did not work";
}

/** Announces a failed request (role="alert") with the server's own message. */
export function ApiErrorAlert({ error, children }: { error: unknown; children?: ReactNode }) {
  const message = error instanceof Error ? error.message : "An unexpected error occurred.";
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      title={titleFor(error)}
      icon={<IconAlertCircle aria-hidden="true" />}
    >
      {message}
      {children}
    </Alert>
  );
}
