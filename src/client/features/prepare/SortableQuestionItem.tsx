import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { ActionIcon, Badge, Box, Button, Group, Paper, Text, Textarea } from "@mantine/core";
import { IconGripVertical, IconPencil, IconTrash } from "@tabler/icons-react";
import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { QuestionFindings } from "./QuestionFindings.tsx";
import { isForbidden, levelColor, levelLabel } from "./question-labels.ts";
import type { LintedItem } from "./use-question-list.ts";

type Props = {
  item: LintedItem;
  index: number;
  canEdit: boolean;
  editing: boolean;
  onEdit: (draft: string | null) => void;
  onSave: (text: string) => void;
  onRemove: () => void;
  onMove: (to: number) => void;
};

/** One question in the ordered list: drag handle, level (M8), findings and its fixes. */
export function SortableQuestionItem(props: Props) {
  const { item, index, canEdit, editing } = props;
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: item.key, disabled: !canEdit || editing });
  const number = index + 1;
  const forbidden = item.findings.some((f) => isForbidden(f.rule));
  // Back from editing, focus returns to the Edit button rather than to the page's start.
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(editing);
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  return (
    <li
      ref={setNodeRef}
      style={{
        transform: CSS.Translate.toString(transform),
        transition,
        position: "relative",
        zIndex: isDragging ? 2 : undefined,
      }}
    >
      <Paper
        withBorder
        radius="md"
        p={{ base: "xs", sm: "sm" }}
        shadow={isDragging ? "md" : undefined}
        // M10: a forbidden question stands out in the list, not only in its finding.
        style={forbidden ? { borderColor: "var(--mantine-color-red-filled)" } : undefined}
      >
        <Group gap={6} wrap="nowrap" align="flex-start">
          {canEdit && (
            <ActionIcon
              ref={setActivatorNodeRef}
              variant="subtle"
              color="gray"
              size="lg"
              {...attributes}
              {...listeners}
              aria-label={`Reorder question ${number}: ${item.text}`}
              style={{ cursor: isDragging ? "grabbing" : "grab", touchAction: "none" }}
            >
              <IconGripVertical size={18} aria-hidden="true" />
            </ActionIcon>
          )}
          <Box style={{ flex: 1, minWidth: 0 }}>
            <Group gap={6} wrap="nowrap" align="flex-start" pt={editing ? 0 : 5}>
              <Text fw={700} c="dimmed" miw={24} ta="right" aria-hidden="true">
                {number}.
              </Text>
              <Box style={{ flex: 1, minWidth: 0 }}>
                {editing ? (
                  <EditQuestion
                    number={number}
                    initial={item.text}
                    onDraft={(text) => props.onEdit(text)}
                    onCancel={() => props.onEdit(null)}
                    onSave={props.onSave}
                  />
                ) : (
                  <Text style={{ overflowWrap: "anywhere" }}>{item.text}</Text>
                )}
              </Box>
            </Group>
            <Group justify="space-between" gap={6} mt={4} wrap="nowrap">
              <Badge size="sm" variant="light" color={levelColor(item.level)} ml={30}>
                {levelLabel(item.level)}
              </Badge>
              {canEdit && !editing && (
                <Group gap={2} wrap="nowrap">
                  <ActionIcon
                    ref={editButton}
                    variant="subtle"
                    color="gray"
                    onClick={() => props.onEdit(item.text)}
                    aria-label={`Edit question ${number}`}
                  >
                    <IconPencil size={17} aria-hidden="true" />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    onClick={props.onRemove}
                    aria-label={`Remove question ${number}`}
                  >
                    <IconTrash size={17} aria-hidden="true" />
                  </ActionIcon>
                </Group>
              )}
            </Group>
            <QuestionFindings
              findings={item.findings}
              onRewrite={canEdit && !editing ? props.onSave : undefined}
              onMove={canEdit && !editing ? props.onMove : undefined}
            />
          </Box>
        </Group>
      </Paper>
    </li>
  );
}

type EditProps = {
  number: number;
  initial: string;
  onDraft: (text: string) => void;
  onCancel: () => void;
  onSave: (text: string) => void;
};

/** The question's text in a field: Enter saves, Escape cancels; linted live while typing. */
function EditQuestion({ number, initial, onDraft, onCancel, onSave }: EditProps) {
  const [text, setText] = useState(initial);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  const valid = text.trim().length > 0 && text.trim().length <= 500;
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      if (valid) onSave(text);
    } else if (event.key === "Escape") {
      event.stopPropagation();
      onCancel();
    }
  };
  return (
    <div>
      <Textarea
        label={`Edit question ${number}`}
        labelProps={{ className: "visually-hidden" }}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          onDraft(event.currentTarget.value);
        }}
        onKeyDown={onKeyDown}
        autosize
        minRows={1}
        maxLength={500}
        ref={field}
        error={text.trim().length === 0 ? "A question cannot be empty" : undefined}
      />
      <Group gap="xs" mt={6}>
        <Button size="compact-sm" onClick={() => onSave(text)} disabled={!valid}>
          Save
        </Button>
        <Button size="compact-sm" variant="default" onClick={onCancel}>
          Cancel
        </Button>
      </Group>
    </div>
  );
}
