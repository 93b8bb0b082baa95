import { Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { TokenView } from "../../../shared/api/auth.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { useRevokeToken } from "./queries.ts";

type Props = { token: TokenView | null; onClose: () => void };

/** Revoking cannot be undone and breaks the scripts using the token: ask first. */
export function RevokeTokenModal({ token, onClose }: Props) {
  const revoke = useRevokeToken();

  const close = () => {
    revoke.reset();
    onClose();
  };

  const confirm = () => {
    if (!token) return;
    revoke.mutate(token.id, {
      onSuccess: () => {
        notifications.show({
          color: "sea",
          title: "Token revoked",
          message: `“${token.name}” no longer works.`,
        });
        close();
      },
    });
  };

  return (
    <ConfirmModal
      opened={token !== null}
      title="Revoke this token?"
      confirmLabel="Revoke token"
      onConfirm={confirm}
      onClose={close}
      loading={revoke.isPending}
      error={revoke.isError ? revoke.error : undefined}
      destructive
    >
      <Text>
        Scripts that use <strong>{token?.name}</strong> will stop working at once. This cannot be
        undone.
      </Text>
    </ConfirmModal>
  );
}
