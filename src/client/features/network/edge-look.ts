import type { EdgeStatus } from "./graph-model.ts";

/** How each introduction status is drawn: made solid, offered/asked dashed, to-ask dotted. */
export const edgeLook: Record<EdgeStatus, { color: string; dash?: string; opacity?: number }> = {
  known: { color: "var(--mantine-color-gray-5)" },
  made: { color: "var(--mantine-color-green-7)" },
  asked: { color: "var(--mantine-color-violet-6)", dash: "7 5" },
  offered: { color: "var(--mantine-color-blue-6)", dash: "7 5" },
  "to-ask": { color: "var(--mantine-color-orange-7)", dash: "2 5" },
  declined: { color: "var(--mantine-color-gray-5)", dash: "2 5", opacity: 0.35 },
};
