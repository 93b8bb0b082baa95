import type { Announcements, ScreenReaderInstructions } from "@dnd-kit/core";

type Position = (id: string | number) => number;

/** What a screen reader hears while a question is moved with the keyboard or the mouse. */
export function dragAccessibility(positionOf: Position): {
  announcements: Announcements;
  screenReaderInstructions: ScreenReaderInstructions;
} {
  return {
    screenReaderInstructions: {
      draggable:
        "To reorder, press Space or Enter to pick the question up, the up and down arrow keys to move it, Space or Enter to drop it, or Escape to cancel.",
    },
    announcements: {
      onDragStart: ({ active }) => `Picked up question ${positionOf(active.id)}.`,
      onDragOver: ({ active, over }) =>
        over
          ? `Question ${positionOf(active.id)} is over position ${positionOf(over.id)}.`
          : `Question ${positionOf(active.id)} is no longer over the list.`,
      onDragEnd: ({ active, over }) =>
        over
          ? `Question ${positionOf(active.id)} dropped at position ${positionOf(over.id)}.`
          : `Question ${positionOf(active.id)} dropped.`,
      onDragCancel: ({ active }) =>
        `Reordering cancelled. Question ${positionOf(active.id)} stays where it was.`,
    },
  };
}
