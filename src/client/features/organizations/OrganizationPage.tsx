import { ActionIcon, Grid, Menu, Stack } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconDotsVertical, IconPencil, IconTrash } from "@tabler/icons-react";
import { useNavigate, useParams } from "react-router";
import type { OrganizationView } from "../../../shared/api/network.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { QueryPage } from "../../components/QueryPage.tsx";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { useSignedInSession } from "../auth/session.ts";
import { OrganizationChains } from "./OrganizationChains.tsx";
import { OrganizationDetails } from "./OrganizationDetails.tsx";
import { OrganizationFormModal } from "./OrganizationFormModal.tsx";
import { OrganizationMeetings } from "./OrganizationMeetings.tsx";
import { OrganizationPeople } from "./OrganizationPeople.tsx";
import { useDeleteOrganization, useOrganization } from "./queries.ts";

export function OrganizationPage() {
  const { id = "" } = useParams();
  const organization = useOrganization(id);
  useDocumentTitle(organization.data?.name ?? "Organization");
  return (
    <QueryPage
      query={organization}
      back={{ to: "/organizations", label: "Organizations" }}
      loading="Loading organization"
      missing={{ title: "No such organization" }}
    >
      {(data) => <OrganizationContent organization={data} />}
    </QueryPage>
  );
}

function OrganizationContent({ organization: o }: { organization: OrganizationView }) {
  const canEdit = useSignedInSession().workspace.canEdit;
  const navigate = useNavigate();
  const [editing, edit] = useDisclosure(false);
  const [deleting, del] = useDisclosure(false);
  const remove = useDeleteOrganization(o.id);
  const facts = [o.sector, o.size].filter(Boolean).join(" · ");
  return (
    <>
      <PageHeader
        title={o.name}
        description={facts || undefined}
        actions={
          canEdit && (
            <Menu position="bottom-end">
              <Menu.Target>
                <ActionIcon variant="default" size="lg" aria-label="Organization actions">
                  <IconDotsVertical size={18} aria-hidden="true" />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  leftSection={<IconPencil size={16} aria-hidden="true" />}
                  onClick={edit.open}
                >
                  Edit
                </Menu.Item>
                <Menu.Item
                  color="red"
                  leftSection={<IconTrash size={16} aria-hidden="true" />}
                  onClick={del.open}
                >
                  Delete
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <OrganizationDetails organization={o} canEdit={canEdit} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <OrganizationChains organization={o} />
            <OrganizationPeople organizationId={o.id} />
            <OrganizationMeetings organizationId={o.id} />
          </Stack>
        </Grid.Col>
      </Grid>
      <OrganizationFormModal opened={editing} onClose={edit.close} organization={o} />
      <ConfirmModal
        opened={deleting}
        title={`Delete ${o.name}?`}
        confirmLabel="Delete"
        destructive
        loading={remove.isPending}
        error={remove.error}
        onClose={del.close}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              notifications.show({ message: `Deleted ${o.name}.` });
              navigate("/organizations");
            },
          })
        }
      >
        Its research and notes are removed. The people who work there and your meetings with them
        stay, without an organization.
      </ConfirmModal>
    </>
  );
}
