import { Badge } from "@mantine/core";
import { type AnswerStatus, STATUS_LABELS } from "./answer-status.ts";

/** Not written / Needs work / Ready, the same everywhere an answer is listed. */
export function AnswerStatusBadge({ status }: { status: AnswerStatus }) {
  const { label, color, variant } = STATUS_LABELS[status];
  return (
    <Badge color={color} variant={variant} style={{ flexShrink: 0 }}>
      {label}
    </Badge>
  );
}
