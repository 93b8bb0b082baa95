import { Button, Group, Modal, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import { ApiErrorAlert } from "./ApiErrorAlert.tsx";

type Props = {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  loading?: boolean;
  /** The failed attempt, shown in the dialog so the user can retry or cancel. */
  error?: unknown;
  /** Red confirm button, for what cannot be undone. */
  destructive?: boolean;
};

/**
 * Asks before an action that cannot be undone. Focus starts on Cancel, so a stray Enter
 * does no harm.
 */
export function ConfirmModal(props: Props) {
  const { opened, title, children, confirmLabel, onConfirm, onClose, loading, error } = props;
  return (
    <Modal.Root opened={opened} onClose={onClose} centered>
      <Modal.Overlay />
      <Modal.Content>
        {/* Mantine renders a <header>; inside a dialog it is not the page's banner landmark. */}
        <Modal.Header role="none">
          <Modal.Title fw={600} fz="lg">
            {title}
          </Modal.Title>
          <Modal.CloseButton aria-label="Close" />
        </Modal.Header>
        <Modal.Body>
          <Stack gap="md">
            {children}
            {error != null && <ApiErrorAlert error={error} />}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose} data-autofocus>
                Cancel
              </Button>
              <Button
                color={props.destructive ? "red" : undefined}
                onClick={onConfirm}
                loading={loading}
              >
                {confirmLabel}
              </Button>
            </Group>
          </Stack>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
