import { Anchor, AppShell, Burger, Container, Divider, Group, ScrollArea } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { type KeyboardEvent, useEffect, useRef } from "react";
import { Link, Outlet, useLocation } from "react-router";
import { Wordmark } from "../../components/LogoMark.tsx";
import { ColorSchemeToggle } from "./ColorSchemeToggle.tsx";
import { NavigationProgress } from "./NavigationProgress.tsx";
import { NavList } from "./NavList.tsx";
import { mainNavItems, settingsNavItem } from "./nav-items.ts";
import { UserMenu } from "./UserMenu.tsx";

const NAVBAR_ID = "app-navigation";

/** The frame of every signed-in page: header, section navigation, and the page in <main>. */
export function AppShellLayout() {
  const [opened, { toggle, close }] = useDisclosure(false);
  // Mantine's "sm" breakpoint (48em), below which the navbar becomes a burger drawer.
  const isMobile = useMediaQuery("(max-width: 47.99em)") ?? false;
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const burgerRef = useRef<HTMLButtonElement>(null);
  const shownPath = useRef(pathname);

  // After a client-side navigation, move focus to the new page's heading (as a full page
  // load would start at the top) so screen-reader and keyboard users hear where they are
  // and continue from its content, not from the link they used.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    close();
    const heading = mainRef.current?.querySelector<HTMLElement>("h1[tabindex='-1']");
    (heading ?? mainRef.current)?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [pathname, close]);

  const closeOnEscape = (event: KeyboardEvent<HTMLElement>) => {
    if (isMobile && opened && event.key === "Escape") {
      close();
      burgerRef.current?.focus();
    }
  };

  // The collapsed mobile navbar is only slid off-screen; `inert` keeps its links out of the
  // tab order and the accessibility tree until it is opened.
  const navbarHidden = isMobile && !opened;

  return (
    <>
      {/* A plain fragment link: the browser moves focus to <main>, which has tabIndex -1. */}
      <a href="#main-content" className="skip-link">
        Skip to content
      </a>
      <NavigationProgress />
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !opened } }}
        padding={{ base: "md", sm: "lg" }}
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                ref={burgerRef}
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? "Close navigation" : "Open navigation"}
                aria-expanded={opened}
                aria-controls={NAVBAR_ID}
              />
              <Anchor
                component={Link}
                to="/"
                underline="never"
                c="inherit"
                aria-label="Warmpath — Today"
              >
                <Wordmark />
              </Anchor>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <ColorSchemeToggle />
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>

        <AppShell.Navbar
          id={NAVBAR_ID}
          aria-label="Sections"
          p="sm"
          inert={navbarHidden}
          onKeyDown={closeOnEscape}
        >
          <AppShell.Section grow component={ScrollArea} type="auto">
            <NavList items={mainNavItems} onNavigate={close} />
          </AppShell.Section>
          <AppShell.Section>
            <Divider my="sm" />
            <NavList items={[settingsNavItem]} onNavigate={close} />
          </AppShell.Section>
        </AppShell.Navbar>

        <AppShell.Main id="main-content" ref={mainRef} tabIndex={-1}>
          <Container size="lg" px={0}>
            <Outlet />
          </Container>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
