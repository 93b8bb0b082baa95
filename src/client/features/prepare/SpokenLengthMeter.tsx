import { Box, Group, Paper, Text, Title } from "@mantine/core";
import { WORDS_PER_MINUTE } from "../../../shared/method/answers/kinds.ts";
import { clock, type LengthFit, lengthFit, spokenRange, targetRange } from "./answer-status.ts";
import classes from "./SpokenLengthMeter.module.css";

type Range = { min: number; max: number };
type Props = { words: number; spoken: Range; target: Range };

const FIT: Readonly<Record<LengthFit, { text: string; color: string }>> = {
  none: { text: "Start writing to see how long it takes to say.", color: "gray" },
  short: { text: "Under the target: add the missing detail.", color: "yellow" },
  within: { text: "Within the target.", color: "teal" },
  long: { text: "Over the target: cut to the essentials.", color: "red" },
};

const pct = (value: number, scale: number) => `${Math.min(100, (value / scale) * 100)}%`;

/**
 * Words and how long they take to say at 130–150 words a minute, against the target band
 * (A1: 2–3 minutes; M4: far outside it is a rehearsal problem).
 */
export function SpokenLengthMeter({ words, spoken, target }: Props) {
  const fit = lengthFit(spoken, target);
  const scale = Math.max(target.max * 1.4, spoken.max * 1.08, 60);
  const color = `var(--mantine-color-${FIT[fit].color}-filled)`;
  const wordsMin = Math.ceil((target.min / 60) * WORDS_PER_MINUTE.slow);
  const wordsMax = Math.floor((target.max / 60) * WORDS_PER_MINUTE.fast);
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="length-title">
      <Title order={2} fz="lg" id="length-title" mb="xs">
        Spoken length
      </Title>
      <Group gap={6} align="baseline" mb={2}>
        <Text fz={28} fw={700} lh={1}>
          {words}
        </Text>
        <Text fz="sm">words</Text>
        <Text fz="sm" c="dimmed">
          ≈ {spokenRange(spoken)} at {WORDS_PER_MINUTE.slow}–{WORDS_PER_MINUTE.fast} words/min
        </Text>
      </Group>
      <Box
        role="meter"
        aria-label="Spoken length"
        aria-valuemin={0}
        aria-valuemax={Math.round(scale)}
        aria-valuenow={spoken.max}
        aria-valuetext={`About ${spokenRange(spoken)} spoken; target ${targetRange(target)}`}
        mt="md"
      >
        <div className={classes.track}>
          <div
            className={classes.band}
            style={{ left: pct(target.min, scale), width: pct(target.max - target.min, scale) }}
          />
          <div
            className={classes.spread}
            style={{ width: pct(spoken.max, scale), background: color }}
          />
          <div
            className={classes.spoken}
            style={{ width: pct(spoken.min, scale), background: color }}
          />
        </div>
        <div className={classes.scale} aria-hidden="true">
          <Text fz="xs" c="dimmed" className={classes.tick} style={{ left: 0, transform: "none" }}>
            0:00
          </Text>
          {target.min > 0 && (
            <Text
              fz="xs"
              c="dimmed"
              className={classes.tick}
              style={{ left: pct(target.min, scale) }}
            >
              {clock(target.min)}
            </Text>
          )}
          <Text
            fz="xs"
            c="dimmed"
            className={classes.tick}
            style={{ left: pct(target.max, scale) }}
          >
            {clock(target.max)}
          </Text>
        </div>
      </Box>
      <Text fz="sm" mt="sm" fw={600} c={fit === "none" ? "dimmed" : FIT[fit].color}>
        {FIT[fit].text}
      </Text>
      <Text fz="sm" c="dimmed">
        Target {targetRange(target)} spoken, about {wordsMin}–{wordsMax} words.
      </Text>
    </Paper>
  );
}
