/**
 * Fetches the shell's and Today's chunks while the user is still typing their password, so
 * that signing in lands on a ready page instead of a second wait.
 */
export function preloadShell() {
  void import("./AppShellLayout.tsx");
  void import("../today/TodayPage.tsx");
}
