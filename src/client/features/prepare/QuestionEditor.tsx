import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconBulb } from "@tabler/icons-react";
import { useRef, useState } from "react";
import type { MeetingQuestionsView } from "../../../shared/api/prepare.ts";
import { AddQuestionForm } from "./AddQuestionForm.tsx";
import { dragAccessibility } from "./drag-announcements.ts";
import { QuestionPlanModal } from "./QuestionPlanModal.tsx";
import { QuestionSaveStatus } from "./QuestionSaveStatus.tsx";
import { SortableQuestionItem } from "./SortableQuestionItem.tsx";
import { MAX_QUESTIONS, useQuestionList } from "./use-question-list.ts";

type Props = {
  meetingId: string;
  server: MeetingQuestionsView;
  research: string;
  canEdit: boolean;
};

/**
 * The questions to ask, in order (M8), each with its level and what the method says about
 * it (M6–M10). Reordered by dragging, or from the keyboard: Space on a handle, arrows, Space.
 */
export function QuestionEditor({ meetingId, server, research, canEdit }: Props) {
  const [editing, setEditing] = useState<{ key: string; text: string } | null>(null);
  const list = useQuestionList(meetingId, server, { research, tenure: server.tenure }, editing);
  const [planOpen, setPlanOpen] = useState(false);
  const addField = useRef<HTMLInputElement>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const keys = list.items.map((i) => i.key);
  const positionOf = (id: string | number) => keys.indexOf(String(id)) + 1;

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    list.move(keys.indexOf(String(active.id)), keys.indexOf(String(over.id)));
  };

  return (
    <Paper
      withBorder
      radius="lg"
      p={{ base: "md", sm: "lg" }}
      component="section"
      aria-labelledby="questions-title"
    >
      <Group justify="space-between" align="flex-start" gap="sm" mb={4}>
        <Title order={2} fz="lg" id="questions-title">
          Questions to ask
        </Title>
        {canEdit && (
          <Button
            variant="light"
            size="sm"
            leftSection={<IconBulb size={16} aria-hidden="true" />}
            onClick={() => setPlanOpen(true)}
          >
            Suggest questions
          </Button>
        )}
      </Group>
      <Text fz="sm" c="dimmed" mb="md">
        High level first, then drill down: the sector’s challenges → their goals → the barriers to
        those goals → what sets them apart (M8). Only what this person can answer (M6), nothing
        their website already says (M7), and never about openings or what they look for in
        candidates (M10).
      </Text>

      {list.items.length === 0 ? (
        <Text fz="sm" mb="md">
          No questions yet. Start from the suggested ones, ordered and fitted to this person.
        </Text>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={dragAccessibility(positionOf)}
        >
          <SortableContext items={keys} strategy={verticalListSortingStrategy}>
            <Stack component="ol" gap="xs" m={0} mb="md" p={0} style={{ listStyle: "none" }}>
              {list.items.map((item, index) => (
                <SortableQuestionItem
                  key={item.key}
                  item={item}
                  index={index}
                  canEdit={canEdit}
                  editing={editing?.key === item.key}
                  onEdit={(draft) =>
                    setEditing(draft === null ? null : { key: item.key, text: draft })
                  }
                  onSave={(text) => {
                    setEditing(null);
                    list.update(item.key, text);
                  }}
                  onRemove={() => {
                    list.remove(item.key);
                    addField.current?.focus();
                  }}
                  onMove={(to) => list.move(index, to)}
                />
              ))}
            </Stack>
          </SortableContext>
        </DndContext>
      )}

      {canEdit && (
        <AddQuestionForm
          ref={addField}
          research={research}
          disabled={list.items.length >= MAX_QUESTIONS}
          onAdd={(text) => list.add({ text })}
        />
      )}
      <QuestionSaveStatus
        count={list.items.length}
        saving={list.saving}
        error={list.error}
        onRetry={list.retry}
      />
      <QuestionPlanModal
        meetingId={meetingId}
        opened={planOpen}
        onClose={() => setPlanOpen(false)}
        existing={list.items.map((i) => i.text)}
        room={MAX_QUESTIONS - list.items.length}
        onAdd={(added) => list.addMany(added)}
      />
    </Paper>
  );
}
