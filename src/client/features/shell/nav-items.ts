import {
  type Icon,
  IconBuilding,
  IconBulb,
  IconCalendarEvent,
  IconChartFunnel,
  IconHome,
  IconMicrophone,
  IconNotes,
  IconSettings,
  IconTopologyStar3,
  IconUsers,
} from "@tabler/icons-react";

export type NavItem = { path: string; label: string; icon: Icon };

/** The sections of the app, in the order of the method: people → meetings → outcomes. */
export const mainNavItems: NavItem[] = [
  { path: "/", label: "Today", icon: IconHome },
  { path: "/people", label: "People", icon: IconUsers },
  { path: "/organizations", label: "Organizations", icon: IconBuilding },
  { path: "/meetings", label: "Meetings", icon: IconCalendarEvent },
  { path: "/network", label: "Network", icon: IconTopologyStar3 },
  { path: "/prepare", label: "Prepare", icon: IconNotes },
  { path: "/rehearse", label: "Rehearse", icon: IconMicrophone },
  { path: "/insights", label: "Insights", icon: IconBulb },
  { path: "/funnel", label: "Funnel", icon: IconChartFunnel },
];

export const settingsNavItem: NavItem = {
  path: "/settings",
  label: "Settings",
  icon: IconSettings,
};

/** A section is current on its own path and on everything below it (/people/42). */
export function isCurrentSection(itemPath: string, pathname: string): boolean {
  if (itemPath === "/") return pathname === "/";
  return pathname === itemPath || pathname.startsWith(`${itemPath}/`);
}
