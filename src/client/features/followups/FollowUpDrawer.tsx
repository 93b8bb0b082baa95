import { Drawer, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import type { FollowUpView } from "../../../shared/api/followups.ts";
import { FollowUpEditor } from "./FollowUpEditor.tsx";
import { dueText } from "./labels.ts";
import { useFollowUpTitle } from "./use-follow-up-title.ts";

type Props = {
  followUp: FollowUpView | null;
  today: string;
  canEdit: boolean;
  onClose: () => void;
};

/** The draft of one follow-up in a side panel (the whole screen on a phone). */
export function FollowUpDrawer({ followUp, today, canEdit, onClose }: Props) {
  const phone = useMediaQuery("(max-width: 36em)") ?? false;
  return (
    <Drawer.Root
      opened={followUp !== null}
      onClose={onClose}
      position="right"
      size={phone ? "100%" : "lg"}
    >
      <Drawer.Overlay />
      <Drawer.Content>
        {followUp && (
          <DrawerBody followUp={followUp} today={today} canEdit={canEdit} onClose={onClose} />
        )}
      </Drawer.Content>
    </Drawer.Root>
  );
}

function DrawerBody({ followUp, today, canEdit, onClose }: Props & { followUp: FollowUpView }) {
  const title = useFollowUpTitle(followUp);
  return (
    <>
      {/* Mantine renders a <header>; inside a dialog it is not the page's banner landmark. */}
      <Drawer.Header role="none">
        <div>
          <Drawer.Title fw={600} fz="lg">
            {title}
          </Drawer.Title>
          <Text fz="sm" c="dimmed">
            {dueText(followUp.dueOn, today)}
          </Text>
        </div>
        <Drawer.CloseButton aria-label="Close" />
      </Drawer.Header>
      <Drawer.Body>
        <FollowUpEditor
          key={followUp.id}
          followUp={followUp}
          canEdit={canEdit}
          onFinished={(how) => {
            if (how === "marked") onClose();
          }}
        />
      </Drawer.Body>
    </>
  );
}
