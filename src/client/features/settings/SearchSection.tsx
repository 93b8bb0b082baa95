import { Alert, Button, Group, NumberInput, Select, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconConfetti, IconPlayerPlay } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { SectionCard } from "../../components/SectionCard.tsx";
import { timeZones } from "../meetings/meeting-time.ts";
import { type SearchSettings, usePatchSettings } from "./search-queries.ts";

type Props = { settings: SearchSettings; canEdit: boolean };

/** The search itself: its time zone, the monthly cadence (M12), and its end ("I found a job"). */
export function SearchSection({ settings, canEdit }: Props) {
  const patch = usePatchSettings();
  const zones = useMemo(() => timeZones(), []);
  const [cadence, setCadence] = useState<number | string>(settings.defaultCadenceDays);
  const [confirming, setConfirming] = useState(false);
  const cadenceValid = typeof cadence === "number" && cadence >= 7 && cadence <= 365;

  const save = (change: Parameters<typeof patch.mutate>[0], message: string) =>
    patch.mutate(change, {
      onSuccess: () => {
        notifications.show({ color: "sea", message });
        setConfirming(false);
      },
    });

  return (
    <SectionCard
      title="Your search"
      description="Follow-ups are counted in days of your time zone, for as long as your search runs."
    >
      <Stack gap="lg">
        {patch.isError && !confirming && <ApiErrorAlert error={patch.error} />}
        <Select
          label="Time zone"
          description="“Due today” means today here. Meetings keep their own time zone."
          data={zones}
          value={settings.timeZone}
          onChange={(timeZone) => timeZone && save({ timeZone }, `Time zone set to ${timeZone}.`)}
          searchable
          allowDeselect={false}
          disabled={!canEdit}
          maw={360}
        />
        <Group align="flex-end" gap="sm">
          <NumberInput
            label="Days between stay-in-touch notes"
            description="M12 · A short note to everyone you have met: monthly is the method's rhythm."
            min={7}
            max={365}
            value={cadence}
            onChange={setCadence}
            error={cadenceValid ? undefined : "Between 7 and 365 days"}
            disabled={!canEdit}
            style={{ flex: "0 1 360px" }}
          />
          <Button
            variant="default"
            disabled={!canEdit || !cadenceValid || cadence === settings.defaultCadenceDays}
            loading={patch.isPending && patch.variables?.defaultCadenceDays !== undefined}
            onClick={() =>
              typeof cadence === "number" &&
              save({ defaultCadenceDays: cadence }, `Monthly notes every ${cadence} days.`)
            }
          >
            Save
          </Button>
        </Group>
        {settings.searchActive ? (
          <div>
            <Text fw={500} fz="sm">
              Found a job?
            </Text>
            <Text fz="sm" c="dimmed" mb="xs">
              Congratulations. Ending the search stops every follow-up: no more thank-yous,
              check-ins or monthly notes. Your people, meetings and insights stay.
            </Text>
            <Button
              variant="light"
              leftSection={<IconConfetti size={16} aria-hidden="true" />}
              onClick={() => setConfirming(true)}
              disabled={!canEdit}
            >
              I found a job — stop all follow-ups
            </Button>
          </div>
        ) : (
          <Alert
            color="sea"
            variant="light"
            icon={<IconConfetti aria-hidden="true" />}
            title="Your search has ended"
          >
            <Text fz="sm" mb="sm">
              No follow-ups are scheduled. Resume if you are looking again: the monthly notes to
              everyone you have met start again from today (M12).
            </Text>
            <Button
              leftSection={<IconPlayerPlay size={16} aria-hidden="true" />}
              onClick={() => save({ searchActive: true }, "Your search is on again.")}
              loading={patch.isPending}
              disabled={!canEdit}
            >
              Resume my search
            </Button>
          </Alert>
        )}
      </Stack>
      <ConfirmModal
        opened={confirming}
        title="Stop all follow-ups?"
        confirmLabel="Stop all follow-ups"
        onConfirm={() => save({ searchActive: false }, "Search ended. Congratulations!")}
        onClose={() => setConfirming(false)}
        loading={patch.isPending}
        error={patch.isError ? patch.error : undefined}
      >
        <Text>
          Every open follow-up stops and nothing new is scheduled. You can resume your search here
          at any time.
        </Text>
      </ConfirmModal>
    </SectionCard>
  );
}
