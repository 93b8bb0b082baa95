import { Modal } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import type { ReactNode } from "react";

type Props = {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** Rendered only while open, so a form starts from fresh values each time. */
  children: ReactNode;
};

/**
 * A dialog holding a form: wide on a desktop, the whole screen on a phone (where a centred
 * dialog is cramped).
 */
export function FormModal({ opened, onClose, title, children }: Props) {
  const phone = useMediaQuery("(max-width: 36em)") ?? false;
  return (
    <Modal.Root opened={opened} onClose={onClose} size="lg" fullScreen={phone}>
      <Modal.Overlay />
      <Modal.Content>
        {/* Mantine renders a <header>; inside a dialog it is not the page's banner landmark. */}
        <Modal.Header role="none">
          <Modal.Title fw={600} fz="lg">
            {title}
          </Modal.Title>
          <Modal.CloseButton aria-label="Close" />
        </Modal.Header>
        <Modal.Body>{opened && children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
