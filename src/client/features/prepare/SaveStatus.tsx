import { SaveStatusLine } from "../../components/SaveStatusLine.tsx";
import type { AutosaveStatus } from "./use-autosave.ts";

type Props = {
  status: AutosaveStatus;
  error: unknown;
  version: number;
  onRetry: () => void;
};

/** "Saved · version N" under an answer being written. */
export function SaveStatus({ status, error, version, onRetry }: Props) {
  return (
    <SaveStatusLine
      failed={status === "error"}
      error={error}
      onRetry={onRetry}
      saving={status === "saving"}
      saved={status === "saved" && version > 0}
      text={
        status === "saving"
          ? "Saving…"
          : status === "pending"
            ? "Unsaved changes"
            : version === 0
              ? "Not written yet · saved automatically as you type"
              : `Saved · version ${version}`
      }
    />
  );
}
