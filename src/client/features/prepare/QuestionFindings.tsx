import { Button, Group, Stack, Text } from "@mantine/core";
import { IconArrowUp, IconWand } from "@tabler/icons-react";
import classes from "./QuestionFindings.module.css";
import { ruleInfo } from "./question-labels.ts";
import { moveTarget } from "./question-order.ts";
import type { Finding } from "./use-question-list.ts";

type Props = {
  findings: readonly Finding[];
  /** Rewrites the question with the linter's suggestion (M7, M9, M10). */
  onRewrite?: (text: string) => void;
  /** Moves the question to a 0-based position (M8 drill-down order). */
  onMove?: (to: number) => void;
};

/**
 * What the method says about a question: forbidden ones (M10) in red, the rest (M7 website,
 * M8 order, M9 tenure) in yellow, each with its fix one click away.
 */
export function QuestionFindings({ findings, onRewrite, onMove }: Props) {
  if (findings.length === 0) return null;
  return (
    <Stack gap={6} mt={6}>
      {findings.map((f) => {
        const info = ruleInfo(f.rule);
        const to = moveTarget(f.rule, f.suggestion);
        return (
          <div
            key={`${f.rule}:${f.message}`}
            className={`${classes.finding} ${info.severity === "forbidden" ? classes.forbidden : classes.warning}`}
          >
            <Text fz="sm" fw={700} className={classes.title}>
              {info.label}
              {info.method && ` (${info.method})`}
            </Text>
            <Text fz="sm">{f.message}</Text>
            {f.suggestion && to === null && (
              <Group gap="xs" mt={4} wrap="wrap" align="center">
                <Text fz="sm" c="dimmed" style={{ flex: "1 1 200px" }}>
                  Try: “{f.suggestion}”
                </Text>
                {onRewrite && (
                  <Button
                    size="compact-sm"
                    variant="default"
                    style={{ flexShrink: 0 }}
                    leftSection={<IconWand size={14} aria-hidden="true" />}
                    onClick={() => onRewrite(f.suggestion ?? "")}
                  >
                    Use suggestion
                  </Button>
                )}
              </Group>
            )}
            {to !== null && onMove && (
              <Button
                mt={4}
                size="compact-sm"
                variant="default"
                leftSection={<IconArrowUp size={14} aria-hidden="true" />}
                onClick={() => onMove(to)}
              >
                Move before question {to + 1}
              </Button>
            )}
          </div>
        );
      })}
    </Stack>
  );
}
