import { Stack } from "@mantine/core";
import { PageHeader } from "../../components/PageHeader.tsx";
import { AccountSection } from "./AccountSection.tsx";
import { AppearanceSection } from "./AppearanceSection.tsx";
import { DataSection } from "./DataSection.tsx";
import { FollowUpSettings } from "./FollowUpSettings.tsx";
import { TokensSection } from "./TokensSection.tsx";

export function SettingsPage() {
  return (
    <>
      <PageHeader
        title="Settings"
        description="Your account, your search and its follow-ups, how Warmpath looks, your data in and out, and access for your scripts."
      />
      <Stack gap="lg" maw={820}>
        <AccountSection />
        <FollowUpSettings />
        <AppearanceSection />
        <DataSection />
        <TokensSection />
      </Stack>
    </>
  );
}
