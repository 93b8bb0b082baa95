import { useNavigation } from "react-router";

/**
 * A thin bar at the top while a page's code is loading (pages are split into their own
 * chunks). Visual only: screen-reader users are told by the focus moving to the new page.
 */
export function NavigationProgress() {
  const navigation = useNavigation();
  if (navigation.state === "idle") return null;
  return <div className="navigation-progress" aria-hidden="true" />;
}
