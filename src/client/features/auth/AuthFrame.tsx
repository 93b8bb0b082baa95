import { Box, Center, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Wordmark } from "../../components/LogoMark.tsx";

type Props = { title: string; intro?: ReactNode; children: ReactNode; footer?: ReactNode };

/** The quiet frame around sign-in and account creation: mark, heading, one card. */
export function AuthFrame({ title, intro, children, footer }: Props) {
  return (
    <Box
      component="main"
      id="main-content"
      tabIndex={-1}
      mih="100dvh"
      bg="light-dark(var(--mantine-color-gray-0), var(--mantine-color-dark-8))"
    >
      <Center mih="100dvh" p="md">
        <Stack w="100%" maw={420} gap="lg">
          <Center>
            <Wordmark size={36} />
          </Center>
          <Paper withBorder shadow="sm" radius="lg" p={{ base: "lg", sm: "xl" }}>
            <Stack gap="lg">
              <Stack gap={6}>
                <Title order={1} fz={24}>
                  {title}
                </Title>
                {intro && <Text c="dimmed">{intro}</Text>}
              </Stack>
              {children}
            </Stack>
          </Paper>
          {footer && (
            <Text ta="center" fz="sm" c="dimmed">
              {footer}
            </Text>
          )}
        </Stack>
      </Center>
    </Box>
  );
}
