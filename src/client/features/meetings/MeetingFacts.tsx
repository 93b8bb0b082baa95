import { Anchor, Avatar, Badge, Card, DataList, Group, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import type { MeetingView, PersonView } from "../../../shared/api/network.ts";
import { meetingKind, meetingMode } from "../network/labels.ts";
import { browserTimeZone, formatInZone } from "./meeting-time.ts";

type Props = { meeting: MeetingView; people: Map<string, PersonView> };

const isLink = (text: string) => /^https?:\/\//i.test(text.trim());

/** When (in the meeting's zone and the user's), how, where, and with whom. */
export function MeetingFacts({ meeting: m, people }: Props) {
  const mine = browserTimeZone();
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="facts-title">
      <Title order={2} fz="lg" id="facts-title" mb="md">
        When and where
      </Title>
      <DataList orientation="vertical" gap="md">
        <DataList.Item>
          <DataList.ItemLabel>Time ({m.timeZone})</DataList.ItemLabel>
          <DataList.ItemValue>
            <Text fw={600}>{formatInZone(m.scheduledAt, m.timeZone)}</Text>
            {mine !== m.timeZone && (
              <Text fz="sm" c="dimmed">
                Your time ({mine}): {formatInZone(m.scheduledAt, mine)}
              </Text>
            )}
            <Text fz="sm" c="dimmed">
              {m.durationMinutes} minutes
            </Text>
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Kind and mode</DataList.ItemLabel>
          <DataList.ItemValue>
            {meetingKind[m.kind]} · {meetingMode[m.mode]}
            {m.mode === "video" && (
              <Text fz="xs" c="dimmed">
                Test the technology beforehand and look into the camera (M5).
              </Text>
            )}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{m.mode === "video" ? "Link" : "Location"}</DataList.ItemLabel>
          <DataList.ItemValue style={{ overflowWrap: "anywhere" }}>
            {!m.location ? (
              <Text span c="dimmed" fz="sm">
                Not set
              </Text>
            ) : isLink(m.location) ? (
              <Anchor href={m.location.trim()} target="_blank" rel="noreferrer">
                {m.location}
              </Anchor>
            ) : (
              m.location
            )}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>With</DataList.ItemLabel>
          <DataList.ItemValue>
            <Stack gap="xs">
              {m.personIds.map((id) => {
                const p = people.get(id);
                return (
                  <Group key={id} gap="sm" wrap="nowrap">
                    <Avatar name={p?.name ?? ""} color="initials" size="sm" aria-hidden="true" />
                    <div style={{ minWidth: 0 }}>
                      <Anchor component={Link} to={`/people/${id}`} fw={600}>
                        {p?.name ?? "…"}
                      </Anchor>
                      {p?.canHire && (
                        <Badge ml={6} size="xs" color="orange" variant="light">
                          Can hire
                        </Badge>
                      )}
                      <Text fz="xs" c="dimmed">
                        {[p?.title, p?.organizationName].filter(Boolean).join(" · ")}
                      </Text>
                    </div>
                  </Group>
                );
              })}
            </Stack>
          </DataList.ItemValue>
        </DataList.Item>
      </DataList>
    </Card>
  );
}
