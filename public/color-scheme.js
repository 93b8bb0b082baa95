// Runs before the first paint (a plain script in <head>) so that a dark-mode user never sees
// a white flash. It mirrors Mantine's localStorage colour-scheme manager: same key, same
// values ("light" | "dark" | "auto"); "auto" (the default) follows the system preference.
(() => {
  let scheme = "auto";
  try {
    const stored = window.localStorage.getItem("mantine-color-scheme-value");
    if (stored === "light" || stored === "dark" || stored === "auto") scheme = stored;
  } catch {
    // Storage can be blocked (private mode, policies): fall back to the system preference.
  }
  if (scheme === "auto") {
    scheme = window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }
  document.documentElement.setAttribute("data-mantine-color-scheme", scheme);
})();
