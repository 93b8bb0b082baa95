import type { RouteObject } from "react-router";
import { FullPageLoader } from "./components/FullPageLoader.tsx";
import { RouteError } from "./components/RouteError.tsx";
import { RequireSession } from "./features/auth/RequireSession.tsx";

// Every page, and the shell itself, is its own chunk (route `lazy`), so the first load
// carries only React, the router, the query client and Mantine's provider; the chunks of a
// matched route load in parallel. A new section is one entry here and one page file in its
// feature folder.

/** The pages inside the app shell; each needs a session. */
const shellPages: RouteObject[] = [
  {
    index: true,
    lazy: async () => ({ Component: (await import("./features/today/TodayPage.tsx")).TodayPage }),
  },
  {
    path: "people",
    lazy: async () => ({
      Component: (await import("./features/people/PeoplePage.tsx")).PeoplePage,
    }),
  },
  {
    path: "people/import",
    lazy: async () => {
      const { ImportPage } = await import("./features/imports/ImportPage.tsx");
      return { Component: ImportPage };
    },
  },
  {
    path: "people/:id",
    lazy: async () => {
      const { PersonPage } = await import("./features/people/PersonPage.tsx");
      return { Component: PersonPage };
    },
  },
  {
    path: "organizations",
    lazy: async () => {
      const { OrganizationsPage } = await import("./features/organizations/OrganizationsPage.tsx");
      return { Component: OrganizationsPage };
    },
  },
  {
    path: "organizations/:id",
    lazy: async () => {
      const { OrganizationPage } = await import("./features/organizations/OrganizationPage.tsx");
      return { Component: OrganizationPage };
    },
  },
  {
    path: "meetings",
    lazy: async () => {
      const { MeetingsPage } = await import("./features/meetings/MeetingsPage.tsx");
      return { Component: MeetingsPage };
    },
  },
  {
    path: "meetings/:id",
    lazy: async () => {
      const { MeetingPage } = await import("./features/meetings/MeetingPage.tsx");
      return { Component: MeetingPage };
    },
  },
  {
    path: "network",
    lazy: async () => {
      const { NetworkPage } = await import("./features/network/NetworkPage.tsx");
      return { Component: NetworkPage };
    },
  },
  {
    path: "prepare",
    lazy: async () => {
      const { PreparePage } = await import("./features/prepare/PreparePage.tsx");
      return { Component: PreparePage };
    },
  },
  {
    path: "prepare/answers/:key",
    lazy: async () => {
      const { AnswerEditorPage } = await import("./features/prepare/AnswerEditorPage.tsx");
      return { Component: AnswerEditorPage };
    },
  },
  {
    // A sibling of meetings/:id rather than its child: the meeting page has no <Outlet>.
    path: "meetings/:id/prepare",
    lazy: async () => {
      const { MeetingPrepPage } = await import("./features/prepare/MeetingPrepPage.tsx");
      return { Component: MeetingPrepPage };
    },
  },
  {
    path: "meetings/:id/debrief",
    lazy: async () => {
      const { DebriefPage } = await import("./features/debrief/DebriefPage.tsx");
      return { Component: DebriefPage };
    },
  },
  {
    path: "rehearse",
    lazy: async () => {
      const { RehearsePage } = await import("./features/rehearse/RehearsePage.tsx");
      return { Component: RehearsePage };
    },
  },
  {
    path: "insights",
    lazy: async () => {
      const { InsightsPage } = await import("./features/insights/InsightsPage.tsx");
      return { Component: InsightsPage };
    },
  },
  {
    path: "funnel",
    lazy: async () => {
      const { FunnelPage } = await import("./features/funnel/FunnelPage.tsx");
      return { Component: FunnelPage };
    },
  },
  {
    path: "settings",
    lazy: async () => {
      const { SettingsPage } = await import("./features/settings/SettingsPage.tsx");
      return { Component: SettingsPage };
    },
  },
  {
    path: "*",
    lazy: async () => {
      const { NotFoundPage } = await import("./features/shell/NotFoundPage.tsx");
      return { Component: NotFoundPage };
    },
  },
];

export const routes: RouteObject[] = [
  {
    HydrateFallback: FullPageLoader,
    ErrorBoundary: RouteError,
    children: [
      {
        path: "login",
        lazy: async () => {
          const { LoginPage } = await import("./features/auth/LoginPage.tsx");
          return { Component: LoginPage };
        },
      },
      {
        path: "setup",
        lazy: async () => {
          const { SetupPage } = await import("./features/auth/SetupPage.tsx");
          return { Component: SetupPage };
        },
      },
      {
        Component: RequireSession,
        children: [
          {
            // The brief is a printable sheet: outside the shell, so that printing it gives the
            // page without the navigation (its own print stylesheet does the rest).
            path: "meetings/:id/brief",
            ErrorBoundary: RouteError,
            lazy: async () => {
              const { BriefPage } = await import("./features/prepare/BriefPage.tsx");
              return { Component: BriefPage };
            },
          },
          {
            lazy: async () => {
              const { AppShellLayout } = await import("./features/shell/AppShellLayout.tsx");
              return { Component: AppShellLayout };
            },
            // A pathless child with its own boundary: a broken page keeps the shell around it.
            children: [{ ErrorBoundary: RouteError, children: shellPages }],
          },
        ],
      },
    ],
  },
];
