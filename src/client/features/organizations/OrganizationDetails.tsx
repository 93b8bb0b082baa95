import { Anchor, Badge, Card, DataList, Switch, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { ReactNode } from "react";
import type { OrganizationView } from "../../../shared/api/network.ts";
import { useUpdateOrganization } from "./queries.ts";

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

const longText = (text: string, empty: string) =>
  text ? (
    <Text fz="sm" style={{ whiteSpace: "pre-wrap" }}>
      {text}
    </Text>
  ) : (
    <Text fz="sm" c="dimmed">
      {empty}
    </Text>
  );

/** The organization's facts, research (M7) and notes, with the target switch. */
export function OrganizationDetails({
  organization: o,
  canEdit,
}: {
  organization: OrganizationView;
  canEdit: boolean;
}) {
  const update = useUpdateOrganization(o.id);
  return (
    <Card
      withBorder
      radius="lg"
      padding="lg"
      component="section"
      aria-labelledby="org-details-title"
    >
      <Title order={2} fz="lg" id="org-details-title" mb="md">
        Details
      </Title>
      <Switch
        mb="md"
        label="Target organization"
        description="Somewhere you want to work: Warmpath shows the chains to its people (M1, M2)."
        checked={o.isTarget}
        disabled={!canEdit || update.isPending}
        onChange={(event) =>
          update.mutate(
            { isTarget: event.currentTarget.checked },
            {
              onError: (error) =>
                notifications.show({ color: "red", title: "Not saved", message: error.message }),
            },
          )
        }
      />
      <DataList orientation="vertical" gap="md">
        <Item label="Website">
          {o.website ? (
            <Anchor href={o.website} target="_blank" rel="noreferrer">
              {o.website.replace(/^https?:\/\//, "")}
            </Anchor>
          ) : (
            none
          )}
        </Item>
        <Item label="Sector">{o.sector ?? none}</Item>
        <Item label="Size">{o.size ?? none}</Item>
        <Item label="Tags">
          {o.tags.length === 0
            ? none
            : o.tags.map((tag) => (
                <Badge key={tag} variant="default" size="sm" tt="none" mr={4}>
                  {tag}
                </Badge>
              ))}
        </Item>
        <Item label="What their website already says (M7)">
          {longText(
            o.research,
            "Nothing yet. Read their website first: what it answers is not a question for a meeting.",
          )}
        </Item>
        <Item label="Notes">{longText(o.notes, "—")}</Item>
      </DataList>
    </Card>
  );
}
