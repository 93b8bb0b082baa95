import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { QueryClientProvider } from "@tanstack/react-query";
import { createBrowserRouter, RouterProvider } from "react-router";
import { forgetSession } from "./features/auth/session.ts";
import { setUnauthenticatedHandler } from "./lib/api.ts";
import { createQueryClient } from "./lib/query-client.ts";
import { routes } from "./routes.tsx";
import { cssVariablesResolver, theme } from "./theme.ts";

const queryClient = createQueryClient();
const router = createBrowserRouter(routes);

// A protected call that answers 401 means the session ended (expired, signed out in another
// tab): forget it, and RequireSession sends the user to sign-in, then back.
setUnauthenticatedHandler(() => forgetSession(queryClient));

export function App() {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      // "auto" follows the system until the user picks light or dark (stored in localStorage).
      defaultColorScheme="auto"
    >
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
