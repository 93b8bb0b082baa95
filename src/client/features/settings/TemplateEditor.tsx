import { Button, Group, Stack, Text, Textarea, TextInput, UnstyledButton } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconDeviceFloppy, IconRestore } from "@tabler/icons-react";
import { useRef, useState } from "react";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { type FollowUpTemplate, useResetTemplate, useSaveTemplate } from "./search-queries.ts";
import { placeholderHelp, unknownPlaceholders } from "./template-fields.ts";

type Props = { template: FollowUpTemplate; label: string; fields: string[]; canEdit: boolean };

/** One kind's subject and body, with its placeholders one click away. */
export function TemplateEditor({ template, label, fields, canEdit }: Props) {
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  // Where the user last was in the message; until they have been there, the end.
  const caret = useRef<{ start: number; end: number } | null>(null);
  const save = useSaveTemplate();
  const reset = useResetTemplate();
  const dirty = subject !== template.subject || body !== template.body;
  const unknown = unknownPlaceholders(`${subject}\n${body}`);

  // Inserts at the cursor of the message, where the user was writing.
  const insert = (field: string) => {
    const token = `{${field}}`;
    const el = bodyRef.current;
    const at = caret.current?.start ?? body.length;
    const end = caret.current?.end ?? at;
    caret.current = { start: at + token.length, end: at + token.length };
    setBody(`${body.slice(0, at)}${token}${body.slice(end)}`);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at + token.length, at + token.length);
    });
  };

  return (
    <Stack gap="sm">
      <TextInput
        label="Subject"
        value={subject}
        onChange={(e) => setSubject(e.currentTarget.value)}
        readOnly={!canEdit}
      />
      <Textarea
        ref={bodyRef}
        label="Message"
        autosize
        minRows={6}
        maxRows={16}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        onSelect={(e) => {
          caret.current = {
            start: e.currentTarget.selectionStart,
            end: e.currentTarget.selectionEnd,
          };
        }}
        readOnly={!canEdit}
      />
      <div>
        <Text fz="sm" fw={500}>
          Placeholders
        </Text>
        <Text fz="xs" c="dimmed" mb={6}>
          Filled in from your data when the draft is made. Click one to insert it in the message.
        </Text>
        <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: "none" }}>
          {fields.map((field) => (
            <Text component="li" key={field} fz="sm">
              <UnstyledButton
                onClick={() => insert(field)}
                disabled={!canEdit}
                aria-label={`Insert {${field}}: ${placeholderHelp[field]}`}
                ff="monospace"
                fz="sm"
                c="var(--mantine-color-anchor)"
                style={{ textDecoration: "underline dotted" }}
              >
                {`{${field}}`}
              </UnstyledButton>{" "}
              <Text span fz="sm" c="dimmed">
                {placeholderHelp[field]}
              </Text>
            </Text>
          ))}
        </Stack>
      </div>
      {unknown.length > 0 && (
        <Text fz="sm" c="red" role="status">
          Warmpath does not know {unknown.join(", ")}: a draft keeping it cannot be sent.
        </Text>
      )}
      {(save.isError || reset.isError) && <ApiErrorAlert error={save.error ?? reset.error} />}
      {canEdit && (
        <Group gap="xs">
          <Button
            leftSection={<IconDeviceFloppy size={16} aria-hidden="true" />}
            disabled={!dirty}
            loading={save.isPending}
            onClick={() =>
              save.mutate(
                { kind: template.kind, subject, body },
                {
                  onSuccess: () =>
                    notifications.show({
                      color: "sea",
                      message: `${label} template saved. Drafts you have not edited use it now.`,
                    }),
                },
              )
            }
          >
            Save template
          </Button>
          <Button
            variant="subtle"
            leftSection={<IconRestore size={16} aria-hidden="true" />}
            disabled={!template.edited}
            loading={reset.isPending}
            onClick={() =>
              reset.mutate(template.kind, {
                onSuccess: () =>
                  notifications.show({ message: `${label}: back to Warmpath's template.` }),
              })
            }
          >
            Reset to default
          </Button>
        </Group>
      )}
    </Stack>
  );
}
