import { Button, Center, Stack } from "@mantine/core";
import { Navigate, Outlet, useLocation } from "react-router";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { FullPageLoader } from "../../components/FullPageLoader.tsx";
import { loginPathFor } from "../../lib/next-path.ts";
import { useSession } from "./session.ts";

/**
 * Guards every page of the app shell: shows them only with a session, else sends the user to
 * sign-in and back here afterwards. When a protected call later answers 401, the session in
 * the cache becomes null and this redirect happens by itself.
 */
export function RequireSession() {
  const location = useLocation();
  const session = useSession();

  if (session.isPending) return <FullPageLoader />;
  if (session.isError) {
    return (
      <Center component="main" mih="100dvh" p="md">
        <Stack maw={420}>
          <ApiErrorAlert error={session.error} />
          <Button onClick={() => void session.refetch()} loading={session.isFetching}>
            Try again
          </Button>
        </Stack>
      </Center>
    );
  }
  if (!session.data)
    return <Navigate to={loginPathFor(location.pathname, location.search)} replace />;
  return <Outlet />;
}
