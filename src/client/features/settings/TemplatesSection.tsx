import { Accordion, Badge, Group, Skeleton, Text } from "@mantine/core";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { SectionCard } from "../../components/SectionCard.tsx";
import { useTemplates } from "./search-queries.ts";
import { TemplateEditor } from "./TemplateEditor.tsx";
import { templateKinds } from "./template-fields.ts";

/** The e-mail each kind of follow-up starts from (M11, M12); drafts stay editable one by one. */
export function TemplatesSection({ canEdit }: { canEdit: boolean }) {
  const templates = useTemplates();
  return (
    <SectionCard
      title="E-mail templates"
      description="The draft each follow-up starts from. Write them in your own voice; every draft can still be edited before it goes."
    >
      {templates.isPending ? (
        <Skeleton height={160} radius="md" aria-label="Loading templates" />
      ) : templates.isError ? (
        <ApiErrorAlert error={templates.error} />
      ) : (
        <Accordion variant="separated" radius="md">
          {templateKinds.map(({ kind, label, rule, fields }) => {
            const template = templates.data.find((t) => t.kind === kind);
            if (!template) return null;
            return (
              <Accordion.Item key={kind} value={kind}>
                <Accordion.Control>
                  <Group gap="xs" justify="space-between" wrap="nowrap" pr="xs">
                    <div>
                      <Text fw={500}>{label}</Text>
                      <Text fz="xs" c="dimmed">
                        {rule}
                      </Text>
                    </div>
                    {template.edited && (
                      <Badge variant="light" color="gray">
                        Edited
                      </Badge>
                    )}
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <TemplateEditor
                    key={`${template.subject}\n${template.body}`}
                    template={template}
                    label={label}
                    fields={fields}
                    canEdit={canEdit}
                  />
                </Accordion.Panel>
              </Accordion.Item>
            );
          })}
        </Accordion>
      )}
    </SectionCard>
  );
}
