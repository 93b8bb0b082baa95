import { Alert, Anchor, Group, Text, Textarea, TextInput } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { Link } from "react-router";
import { unfilledPlaceholders } from "../../../shared/followups/index.ts";

export type Draft = { subject: string; body: string };

type Props = {
  value: Draft;
  onChange: (draft: Draft) => void;
  to: string | null;
  personId: string;
  personName: string;
  readOnly?: boolean;
};

/** The editable e-mail: who it goes to, its subject and body, and what would stop it going. */
export function DraftFields({ value, onChange, to, personId, personName, readOnly }: Props) {
  const left = unfilledPlaceholders(value);
  return (
    <>
      <Group gap={6} wrap="nowrap" align="baseline">
        <Text fz="sm" c="dimmed" component="span">
          To
        </Text>
        {to ? (
          <Text fz="sm" fw={500} component="span" style={{ overflowWrap: "anywhere" }}>
            {personName} &lt;{to}&gt;
          </Text>
        ) : (
          <Text fz="sm" component="span">
            {personName} (no e-mail address)
          </Text>
        )}
      </Group>
      {!to && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden="true" />}>
          <Text fz="sm">
            Warmpath has no e-mail address for {personName}.{" "}
            <Anchor component={Link} to={`/people/${personId}`} fz="sm">
              Add one on their page
            </Anchor>{" "}
            to send it from here, or copy the text into the channel you use with them.
          </Text>
        </Alert>
      )}
      <TextInput
        label="Subject"
        value={value.subject}
        readOnly={readOnly}
        onChange={(event) => onChange({ ...value, subject: event.currentTarget.value })}
      />
      <Textarea
        label="Message"
        value={value.body}
        readOnly={readOnly}
        autosize
        minRows={8}
        maxRows={20}
        onChange={(event) => onChange({ ...value, body: event.currentTarget.value })}
      />
      {left.length > 0 && (
        <Text fz="sm" c="red" role="status">
          Replace {left.join(", ")} before sending: a message never goes out with a placeholder.
        </Text>
      )}
    </>
  );
}
