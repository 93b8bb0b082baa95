import { SaveStatusLine } from "../../components/SaveStatusLine.tsx";

type Props = { count: number; saving: boolean; error: unknown; onRetry: () => void };

/** Whether the list on screen is the one saved (and printed on the brief). */
export function QuestionSaveStatus({ count, saving, error, onRetry }: Props) {
  return (
    <SaveStatusLine
      failed={error != null}
      error={error}
      onRetry={onRetry}
      saving={saving}
      mt="sm"
      text={
        saving
          ? "Saving…"
          : count === 0
            ? "Questions save as you change them."
            : `Saved · ${count} question${count === 1 ? "" : "s"}, in this order`
      }
    />
  );
}
