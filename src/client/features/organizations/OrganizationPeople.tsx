import { Avatar, Badge, Box, Card, Text, Title } from "@mantine/core";
import { RowLink } from "../../components/RowLink.tsx";
import { useOrganizationPeople } from "../people/queries.ts";

/** The people you know here, decision-makers first (M1). */
export function OrganizationPeople({ organizationId }: { organizationId: string }) {
  const people = useOrganizationPeople(organizationId);
  const sorted = [...(people.data ?? [])].sort((a, b) => Number(b.canHire) - Number(a.canHire));
  return (
    <Card
      withBorder
      radius="lg"
      padding="lg"
      component="section"
      aria-labelledby="org-people-title"
    >
      <Title order={2} fz="lg" id="org-people-title" mb="sm">
        People here
      </Title>
      {people.isSuccess && sorted.length === 0 && (
        <Text fz="sm" c="dimmed">
          Nobody yet. Ask the people you meet whom they know here (M11).
        </Text>
      )}
      {sorted.length > 0 && (
        <Card.Section>
          <Box component="ul" m={0} p={0} style={{ listStyle: "none" }}>
            {sorted.map((p) => (
              <li key={p.id}>
                <RowLink to={`/people/${p.id}`}>
                  <Avatar name={p.name} color="initials" radius="xl" size="md" aria-hidden="true" />
                  <Box style={{ flex: 1, minWidth: 0 }}>
                    <Text fw={600} truncate>
                      {p.name}
                    </Text>
                    <Text fz="sm" c="dimmed" truncate>
                      {p.title ?? "No title yet"}
                    </Text>
                  </Box>
                  {p.canHire && (
                    <Badge color="orange" variant="light" style={{ flexShrink: 0 }}>
                      Can hire
                    </Badge>
                  )}
                </RowLink>
              </li>
            ))}
          </Box>
        </Card.Section>
      )}
    </Card>
  );
}
