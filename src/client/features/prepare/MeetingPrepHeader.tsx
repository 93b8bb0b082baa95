import { Anchor, Paper, SimpleGrid, Spoiler, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import type { MeetingBriefView } from "../../../shared/api/prepare.ts";
import { tenureLine } from "./meeting-text.ts";

/**
 * Who the meeting is with and what is already known about the organization: the tenure
 * decides the M9 question, the research notes are what not to ask about (M7).
 */
export function MeetingPrepHeader({ brief }: { brief: MeetingBriefView }) {
  const { people, organization, meeting } = brief;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Paper
        withBorder
        radius="lg"
        p={{ base: "md", sm: "lg" }}
        component="section"
        aria-labelledby="who-title"
      >
        <Title order={2} fz="lg" id="who-title" mb="sm">
          {people.length === 1 ? "The person" : "The people"}
        </Title>
        <Stack gap="md">
          {people.map((p) => (
            <div key={p.id}>
              <Anchor component={Link} to={`/people/${p.id}`} fw={600}>
                {p.name}
              </Anchor>
              {(p.title || p.organizationName) && (
                <Text fz="sm">{[p.title, p.organizationName].filter(Boolean).join(" · ")}</Text>
              )}
              <Text fz="sm" c="dimmed">
                {tenureLine(p, meeting.scheduledAt)}
              </Text>
              {p.introducedBy && (
                <Text fz="sm" c="dimmed">
                  Introduced by {p.introducedBy.name}
                </Text>
              )}
              {p.howWeMet && (
                <Text fz="sm" c="dimmed">
                  How you met: {p.howWeMet}
                </Text>
              )}
            </div>
          ))}
        </Stack>
      </Paper>
      <Paper
        withBorder
        radius="lg"
        p={{ base: "md", sm: "lg" }}
        component="section"
        aria-labelledby="org-title"
      >
        <Title order={2} fz="lg" id="org-title" mb="sm">
          {organization ? organization.name : "The organization"}
        </Title>
        {!organization ? (
          <Text fz="sm" c="dimmed">
            No organization on this meeting. Add one to the meeting so that its research notes are
            checked against your questions (M7).
          </Text>
        ) : (
          <>
            {(organization.sector || organization.size) && (
              <Text fz="sm" mb={4}>
                {[organization.sector, organization.size && `Size: ${organization.size}`]
                  .filter(Boolean)
                  .join(" · ")}
              </Text>
            )}
            <Text fz="sm" fw={600} mt="xs">
              Research notes
            </Text>
            {organization.research ? (
              <Spoiler maxHeight={90} showLabel="Show all notes" hideLabel="Show less">
                <Text fz="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {organization.research}
                </Text>
              </Spoiler>
            ) : (
              <Text fz="sm" c="dimmed">
                None yet. Note what their website says on the{" "}
                <Anchor component={Link} to={`/organizations/${organization.id}`}>
                  organization’s page
                </Anchor>
                : questions it already answers are flagged (M7).
              </Text>
            )}
            {organization.research && (
              <Text fz="xs" c="dimmed" mt={6}>
                Questions these notes already answer are flagged (M7).
              </Text>
            )}
          </>
        )}
      </Paper>
    </SimpleGrid>
  );
}
