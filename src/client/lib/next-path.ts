/**
 * The in-app path to return to after sign-in, from `?next=`. Only same-origin paths are
 * accepted ("/people", not "//evil.example" or "https://…"), so the parameter cannot be used
 * to send a freshly signed-in user to another site.
 */
export function nextPathFrom(search: string): string {
  const next = new URLSearchParams(search).get("next");
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) {
    return "/";
  }
  return next;
}

/** `/login?next=…` for the page the user was trying to reach. */
export function loginPathFor(pathname: string, search = ""): string {
  const target = `${pathname}${search}`;
  return target === "/" ? "/login" : `/login?next=${encodeURIComponent(target)}`;
}
