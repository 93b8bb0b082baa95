import { NavLink, Stack } from "@mantine/core";
import { Link, useLocation } from "react-router";
import { isCurrentSection, type NavItem } from "./nav-items.ts";

type Props = { items: NavItem[]; onNavigate?: () => void };

/** The section links; the current one is marked for screen readers with aria-current. */
export function NavList({ items, onNavigate }: Props) {
  const { pathname } = useLocation();
  return (
    <Stack component="ul" gap={2} m={0} p={0} style={{ listStyle: "none" }}>
      {items.map((item) => {
        const current = isCurrentSection(item.path, pathname);
        return (
          <li key={item.path}>
            <NavLink
              component={Link}
              to={item.path}
              label={item.label}
              leftSection={<item.icon size={20} stroke={1.7} aria-hidden="true" />}
              active={current}
              aria-current={current ? "page" : undefined}
              onClick={onNavigate}
              fw={500}
              style={{ borderRadius: "var(--mantine-radius-md)" }}
            />
          </li>
        );
      })}
    </Stack>
  );
}
