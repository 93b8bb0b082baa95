import { useCallback, useEffect, useRef, useState } from "react";

export type AutosaveStatus = "saved" | "pending" | "saving" | "error";

type Options = {
  value: string;
  /** The value the server already has. */
  initial: string;
  save: (value: string) => Promise<unknown>;
  delayMs?: number;
};

/**
 * Saves `value` a moment after the typing stops, one save at a time (so versions follow
 * the order of the edits), again if the text changed while a save was running, and once
 * more when the editor closes with unsaved text. `saveNow` skips the wait (restore, blur).
 */
export function useAutosave({ value, initial, save, delayMs = 800 }: Options) {
  const saved = useRef(initial);
  const latest = useRef(value);
  latest.current = value;
  const saveRef = useRef(save);
  saveRef.current = save;
  const inFlight = useRef<Promise<void> | null>(null);
  const [status, setStatus] = useState<AutosaveStatus>("saved");
  const [error, setError] = useState<unknown>(null);

  const saveNow = useCallback(async () => {
    while (inFlight.current) await inFlight.current;
    const text = latest.current;
    if (text === saved.current) {
      setStatus("saved");
      return;
    }
    setStatus("saving");
    const run = saveRef.current(text).then(
      () => {
        saved.current = text;
        setError(null);
        setStatus(latest.current === text ? "saved" : "pending");
      },
      (failure: unknown) => {
        setError(failure);
        setStatus("error");
      },
    );
    inFlight.current = run;
    await run;
    inFlight.current = null;
  }, []);

  useEffect(() => {
    if (value === saved.current) {
      if (!inFlight.current) setStatus("saved");
      return;
    }
    setStatus((current) => (current === "saving" ? current : "pending"));
    const timer = setTimeout(() => void saveNow(), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs, saveNow]);

  // Leaving the page with unsaved text: save it on the way out, and let the browser warn
  // before a reload or a closed tab loses it.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (latest.current !== saved.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("beforeunload", warn);
      if (latest.current !== saved.current && !inFlight.current) {
        void saveRef.current(latest.current).catch(() => undefined);
      }
    };
  }, []);

  return { status, error, saveNow };
}
