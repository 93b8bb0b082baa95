import { Button, CloseButton, FileButton, Group, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconFileText, IconFileUpload } from "@tabler/icons-react";
import { type DragEvent, useEffect, useId, useState } from "react";
import classes from "./FileDrop.module.css";
import { formatBytes, type ImportSource } from "./import-file.ts";

type Props = {
  source: ImportSource;
  file: File | null;
  onFile: (file: File | null) => void;
  /** Why the chosen file cannot be imported, shown under it. */
  error: string | null;
};

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes("Files");

/**
 * Pick a file with the button, or drop it on the zone (plain drag events: one file, no
 * dependency). The button is the keyboard and screen-reader way in; the zone is a shortcut.
 */
export function FileDrop({ source, file, onFile, error }: Props) {
  const [over, setOver] = useState(false);
  const errorId = useId();

  // A file dropped beside the zone would make the browser leave the app to open it.
  useEffect(() => {
    const keep = (event: globalThis.DragEvent) => event.preventDefault();
    window.addEventListener("dragover", keep);
    window.addEventListener("drop", keep);
    return () => {
      window.removeEventListener("dragover", keep);
      window.removeEventListener("drop", keep);
    };
  }, []);

  const drag = {
    onDragEnter: (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setOver(true);
    },
    onDragOver: (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "copy";
    },
    onDragLeave: (event: DragEvent) => {
      // Leaving for a child of the zone is not leaving the zone.
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
    },
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      setOver(false);
      const dropped = event.dataTransfer.files[0];
      if (dropped) onFile(dropped);
    },
  };

  const errorText = error && (
    <Text id={errorId} c="red" fz="sm" role="alert">
      {error}
    </Text>
  );

  if (file) {
    return (
      <Stack gap="xs" {...drag}>
        <Group
          className={classes.chosen}
          data-invalid={error ? true : undefined}
          data-active={over || undefined}
          justify="space-between"
          wrap="nowrap"
        >
          <Group gap="sm" wrap="nowrap" miw={0}>
            <ThemeIcon variant="light" size={36} radius="md" aria-hidden="true">
              <IconFileText size={20} />
            </ThemeIcon>
            <div style={{ minWidth: 0 }}>
              <Text fw={600} truncate="end" aria-describedby={error ? errorId : undefined}>
                {file.name}
              </Text>
              <Text fz="sm" c="dimmed">
                {formatBytes(file.size)}
              </Text>
            </div>
          </Group>
          <CloseButton aria-label={`Remove ${file.name}`} onClick={() => onFile(null)} />
        </Group>
        {errorText}
      </Stack>
    );
  }

  return (
    <div className={classes.zone} data-active={over || undefined} {...drag}>
      <Stack align="center" gap="xs">
        <ThemeIcon variant="light" size={48} radius="xl" aria-hidden="true">
          <IconFileUpload size={26} />
        </ThemeIcon>
        <Text fw={600}>Drop {source.file} here</Text>
        <Text fz="sm" c="dimmed">
          or
        </Text>
        <FileButton onChange={onFile} accept={source.accept}>
          {(props) => (
            <Button {...props} variant="default">
              Choose a file
            </Button>
          )}
        </FileButton>
        <Text fz="xs" c="dimmed">
          Up to 50 MB
        </Text>
      </Stack>
    </div>
  );
}
