import { Alert, Button, Group, Radio, Stack, Text } from "@mantine/core";
import { IconCalendarTime, IconPlus, IconX } from "@tabler/icons-react";
import { addDays } from "../../../shared/followups/index.ts";
import { SectionCard } from "../../components/SectionCard.tsx";
import { formatDay } from "../followups/labels.ts";
import type { DebriefForm, FormErrors, PersonRef, ReferralChoice } from "./debrief-form.ts";
import { IntroductionRows } from "./IntroductionRows.tsx";

type Props = {
  form: DebriefForm;
  onChange: (change: Partial<DebriefForm>) => void;
  errors: FormErrors;
  met: PersonRef[];
  /** The day the meeting was held (for "check in on …"). */
  heldDay: string | null;
};

const choices: { value: ReferralChoice; title: string; hint: string }[] = [
  {
    value: "offered",
    title: "They offered introductions",
    hint: "Accept them all, graciously. Warmpath tracks each one and reminds you to check it happened.",
  },
  {
    value: "to-ask",
    title: "They mentioned people but offered no introduction",
    hint: "Warmpath reminds you the next day to ask for each introduction.",
  },
  {
    value: "none",
    title: "No referral",
    hint: "Warmpath suggests a check-in in a week: ask whether they have had any thoughts or suggestions.",
  },
];

/** M11: the three cases after a meeting, and the people of each. */
export function ReferralsFieldset({ form, onChange, errors, met, heldDay }: Props) {
  const showMentioned = form.choice === "offered" && form.alsoMentioned;
  return (
    <SectionCard
      title="Referrals"
      description="M11 · Referrals into their network are what leads, step by step, to a decision-maker who can hire you (M1)."
    >
      <Stack gap="lg">
        <Radio.Group
          id="referral-choice"
          label="What came out of the meeting?"
          value={form.choice}
          onChange={(value) => onChange({ choice: value as ReferralChoice })}
          error={errors.choice}
        >
          <Stack gap="xs" mt="xs">
            {choices.map((c) => (
              <Radio.Card key={c.value} value={c.value} radius="md" p="md">
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <Radio.Indicator mt={2} />
                  <div>
                    <Text fw={600}>{c.title}</Text>
                    <Text fz="sm" c="dimmed">
                      {c.hint}
                    </Text>
                  </div>
                </Group>
              </Radio.Card>
            ))}
          </Stack>
        </Radio.Group>

        {form.choice === "offered" && (
          <IntroductionRows
            heading="Introductions offered"
            hint="Who they will introduce you to."
            rowLabel="Introduction"
            rows={form.offered}
            onChange={(offered) => onChange({ offered })}
            errors={errors}
            met={met}
          />
        )}
        {form.choice === "offered" && (
          <Group>
            <Button
              variant="subtle"
              leftSection={
                showMentioned ? (
                  <IconX size={16} aria-hidden="true" />
                ) : (
                  <IconPlus size={16} aria-hidden="true" />
                )
              }
              onClick={() => onChange({ alsoMentioned: !showMentioned })}
            >
              {showMentioned
                ? "Nobody else was mentioned"
                : "They also mentioned someone without offering"}
            </Button>
          </Group>
        )}
        {(form.choice === "to-ask" || showMentioned) && (
          <IntroductionRows
            heading="People they mentioned"
            hint="No introduction offered yet: you will be reminded to ask for it (M11)."
            rowLabel="Person mentioned"
            rows={form.toAsk}
            onChange={(toAsk) => onChange({ toAsk })}
            errors={errors}
            met={met}
          />
        )}
        {form.choice === "none" && (
          <Alert color="blue" variant="light" icon={<IconCalendarTime aria-hidden="true" />}>
            <Text fz="sm">
              Before you leave, ask whether you may contact them again in a week. Warmpath will put
              a check-in on Today
              {heldDay ? ` for ${formatDay(addDays(heldDay, 7))}` : " a week after the meeting"},
              with a draft asking for their thoughts or suggestions.
            </Text>
          </Alert>
        )}
      </Stack>
    </SectionCard>
  );
}
