import { Anchor, Badge, Card, DataList, Group, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { introductionStatus } from "../network/labels.ts";
import { formatDay } from "../network/relative-time.ts";
import type { PersonOverview } from "./queries.ts";
import { describeTenure } from "./tenure.ts";

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue style={{ minWidth: 0, overflowWrap: "anywhere" }}>
        {children}
      </DataList.ItemValue>
    </DataList.Item>
  );
}

const none = (
  <Text span c="dimmed" fz="sm">
    —
  </Text>
);

/** Who the person is: role, tenure (M9), whether they can hire (M1), how you met. */
export function PersonDetails({ overview }: { overview: PersonOverview }) {
  const { person, organization, related } = overview;
  const tenure = describeTenure(person.startedAt);
  // A made introduction says who introduced them; failing that, one still under way.
  const pending = overview.introductionsIn.find((i) => i.status !== "declined");
  const introducerId = person.introducedBy?.fromPersonId ?? pending?.fromPersonId;
  const introducer = related.find((r) => r.id === introducerId);

  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="details-title">
      <Title order={2} fz="lg" id="details-title" mb="md">
        Details
      </Title>
      <DataList orientation="vertical" gap="md">
        <Item label="Title">{person.title ?? none}</Item>
        <Item label="Organization">
          {organization ? (
            <Group gap="xs">
              <Anchor component={Link} to={`/organizations/${organization.id}`}>
                {organization.name}
              </Anchor>
              {organization.isTarget && (
                <Badge size="xs" variant="light" color="grape">
                  Target
                </Badge>
              )}
            </Group>
          ) : (
            none
          )}
        </Item>
        <Item label="Tenure">
          <Text fz="sm">{tenure.text}</Text>
          <Text fz="xs" c="dimmed">
            {tenure.hint}
          </Text>
        </Item>
        <Item label="Can hire you (M1)">
          {person.canHire ? (
            <Badge color="orange" variant="light">
              Decision-maker
            </Badge>
          ) : (
            <Text fz="sm">No — but can introduce you to someone who can</Text>
          )}
        </Item>
        <Item label="Introduced by">
          {introducer ? (
            <>
              <Anchor component={Link} to={`/people/${introducer.id}`}>
                {introducer.name}
              </Anchor>
              {!person.introducedBy && pending && (
                <Text span fz="sm" c="dimmed">
                  {" "}
                  (introduction {introductionStatus[pending.status].label.toLowerCase()}, not made
                  yet)
                </Text>
              )}
            </>
          ) : (
            <Text fz="sm">Nobody — you know them directly</Text>
          )}
        </Item>
        <Item label="How you met">
          {person.howWeMet || none}
          {person.metOn && (
            <Text fz="xs" c="dimmed">
              on {formatDay(person.metOn)}
            </Text>
          )}
        </Item>
        <Item label="Contact">
          {person.emails.length + person.phones.length === 0 && !person.profileUrl && none}
          {person.emails.map((email) => (
            <Anchor key={email} href={`mailto:${email}`} display="block" fz="sm">
              {email}
            </Anchor>
          ))}
          {person.phones.map((phone) => (
            <Anchor key={phone} href={`tel:${phone}`} display="block" fz="sm">
              {phone}
            </Anchor>
          ))}
          {person.profileUrl && (
            <Anchor
              href={person.profileUrl}
              target="_blank"
              rel="noreferrer"
              display="block"
              fz="sm"
            >
              Profile
            </Anchor>
          )}
        </Item>
        <Item label="Tags">
          {person.tags.length === 0
            ? none
            : person.tags.map((tag) => (
                <Badge key={tag} variant="default" size="sm" tt="none" mr={4}>
                  {tag}
                </Badge>
              ))}
        </Item>
        <Item label="Notes">
          {person.notes ? (
            <Text fz="sm" style={{ whiteSpace: "pre-wrap" }}>
              {person.notes}
            </Text>
          ) : (
            none
          )}
        </Item>
      </DataList>
    </Card>
  );
}
