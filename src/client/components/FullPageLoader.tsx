import { Center, Loader } from "@mantine/core";

/** Shown while the session is being checked, before we know which page to show. */
export function FullPageLoader({ label = "Loading Warmpath" }: { label?: string }) {
  return (
    <Center mih="100dvh" role="status" aria-live="polite">
      <Loader aria-hidden="true" />
      <span className="visually-hidden">{label}</span>
    </Center>
  );
}
