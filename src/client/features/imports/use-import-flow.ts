import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import type {
  ImportFormat,
  ImportRejectedView,
  ImportSummaryView,
} from "../../../shared/api/imports.ts";
import { invalidateAfter } from "../network/invalidate.ts";
import { type ImportMode, rejectionOf, sendImport } from "./queries.ts";

/** A request on its way: bytes going up, then (`sent`) the server reading the file. */
export type ImportTransfer = { mode: ImportMode; loaded: number; total: number; sent: boolean };

type State = {
  transfer: ImportTransfer | null;
  preview: ImportSummaryView | null;
  done: ImportSummaryView | null;
  rejection: ImportRejectedView | null;
  error: unknown;
};

const initial: State = { transfer: null, preview: null, done: null, rejection: null, error: null };

/**
 * The import's steps: preview a file (nothing written), then commit the same file. Either
 * can be cancelled while its bytes are going up; a commit whose bytes have all left cannot
 * (the server writes it in one transaction whatever the page does).
 */
export function useImportFlow() {
  const queryClient = useQueryClient();
  const [state, setState] = useState<State>(initial);
  const controller = useRef<AbortController | null>(null);

  // Leaving the page drops a request in flight; nothing is left half-done on the server.
  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(
    async (file: File, format: ImportFormat, mode: ImportMode) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      const setTransfer = (transfer: ImportTransfer) => {
        if (!abort.signal.aborted) setState((s) => ({ ...s, transfer }));
      };
      setState((s) => ({ ...s, error: null, rejection: null }));
      setTransfer({ mode, loaded: 0, total: file.size, sent: false });
      try {
        const summary = await sendImport(file, format, mode, {
          signal: abort.signal,
          onProgress: (loaded, total) =>
            setTransfer({ mode, loaded, total: total || file.size, sent: false }),
          onSent: () => setTransfer({ mode, loaded: file.size, total: file.size, sent: true }),
        });
        if (abort.signal.aborted) return;
        if (mode === "commit") await invalidateAfter(queryClient, "person");
        setState((s) =>
          mode === "preview"
            ? { ...s, transfer: null, preview: summary }
            : { ...s, transfer: null, done: summary },
        );
      } catch (error) {
        if (abort.signal.aborted) return;
        const rejection = rejectionOf(error);
        setState((s) =>
          rejection
            ? { ...s, transfer: null, preview: null, rejection }
            : { ...s, transfer: null, error },
        );
      }
    },
    [queryClient],
  );

  /** Stops the request in flight and goes back to where it started. */
  const cancel = useCallback(() => {
    controller.current?.abort();
    setState((s) => ({ ...s, transfer: null }));
  }, []);

  /** Forgets the file's preview and result (another file, another source, start over). */
  const reset = useCallback(() => {
    controller.current?.abort();
    setState(initial);
  }, []);

  return { ...state, run, cancel, reset };
}
