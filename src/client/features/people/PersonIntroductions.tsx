import { Card, Divider, Group, Stack, Text, Title } from "@mantine/core";
import type { IntroductionView } from "../../../shared/api/network.ts";
import { IntroductionItem, type NameOf } from "../network/IntroductionItem.tsx";

type Props = {
  personId: string;
  name: string;
  introductionsIn: IntroductionView[];
  introductionsOut: IntroductionView[];
  nameOf: NameOf;
  canEdit: boolean;
};

function Section(props: { title: string; empty: string; items: IntroductionView[] } & Props) {
  return (
    <Stack gap="sm">
      <Title order={3} fz="sm" c="dimmed" tt="uppercase">
        {props.title}
      </Title>
      {props.items.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {props.empty}
        </Text>
      ) : (
        props.items.map((i) => (
          <IntroductionItem
            key={i.id}
            introduction={i}
            nameOf={props.nameOf}
            canEdit={props.canEdit}
            focusId={props.personId}
          />
        ))
      )}
    </Stack>
  );
}

/** The referral edges at this person: who led you to them, and whom they lead you to (M11). */
export function PersonIntroductions(props: Props) {
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="intros-title">
      <Group justify="space-between" mb="md">
        <Title order={2} fz="lg" id="intros-title">
          Introductions
        </Title>
      </Group>
      <Stack gap="md">
        <Section
          {...props}
          title={`${props.name} introduces you to`}
          empty="No introductions from them yet. After a meeting, record every introduction offered, and ask for those only mentioned (M11)."
          items={props.introductionsOut}
        />
        <Divider />
        <Section
          {...props}
          title="Introduced to you by"
          empty="Nobody — you know them directly."
          items={props.introductionsIn}
        />
      </Stack>
    </Card>
  );
}
