import { Modal, type ModalRootProps } from "@mantine/core";
import type { ReactNode } from "react";

type Props = {
  opened: boolean;
  onClose: () => void;
  title: ReactNode;
  children: ReactNode;
  size?: ModalRootProps["size"];
};

/**
 * A modal dialog with a title and a close button, like ConfirmModal's frame: Mantine's
 * header is a <header>, which must not read as the page's banner landmark inside a dialog.
 */
export function DialogFrame({ opened, onClose, title, children, size }: Props) {
  return (
    <Modal.Root opened={opened} onClose={onClose} centered size={size}>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header role="none">
          <Modal.Title fw={600} fz="lg">
            {title}
          </Modal.Title>
          <Modal.CloseButton aria-label="Close" />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
