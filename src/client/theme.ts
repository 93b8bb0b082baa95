import { type CSSVariablesResolver, createTheme, type MantineColorsTuple } from "@mantine/core";
import { readableOn } from "./lib/readable-color.ts";

// A calm deep teal. Mantine's own teal is too light for white text on filled buttons
// (3.9:1 at shade 8), so this palette is shifted darker: shade 7 (light-mode primary) is
// 5.2:1 on white, shade 8 (dark-mode primary) 6.5:1, and shade 4 (links and text in dark
// mode) 7.3:1 on the dark body — WCAG AA with room to spare.
const sea: MantineColorsTuple = [
  "#e6faf6",
  "#d3f4ef",
  "#a8e8df",
  "#72d8ca",
  "#3cc6b4",
  "#1fae9c",
  "#0e8a7e",
  "#0b7a70",
  "#096a61",
  "#075952",
];

// Mantine's red is used for errors and destructive actions; its shades 7–9 are darkened so
// that white on the filled shade (7 in light mode) is 5.5:1 instead of 3.8:1.
const red: MantineColorsTuple = [
  "#fff5f5",
  "#ffe3e3",
  "#ffc9c9",
  "#ffa8a8",
  "#ff8787",
  "#ff6b6b",
  "#fa5252",
  "#c92a2a",
  "#b02525",
  "#8f1d1d",
];

// No web-font download: Inter when the user has it installed, else the platform's UI font.
const fontStack =
  'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';

export const theme = createTheme({
  colors: { sea, red },
  primaryColor: "sea",
  primaryShade: { light: 7, dark: 8 },
  fontFamily: fontStack,
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, monospace',
  headings: { fontFamily: fontStack, fontWeight: "650" },
  defaultRadius: "md",
  cursorType: "pointer",
  // Only keyboard focus shows the ring, and it is always shown for it.
  focusRing: "auto",
  respectReducedMotion: true,
  // Filled components pick black or white text by the colour's luminance. 0.179 is where
  // both give the same contrast (≈4.58:1), so every filled colour meets WCAG AA; Mantine's
  // default 0.3 puts white text on mid-tones such as green 8 (3.3:1).
  autoContrast: true,
  luminanceThreshold: 0.179,
  // Icon-only close buttons need a name for screen readers. Plain objects rather than
  // `Modal.extend`, which would pull these components into the first-load bundle.
  components: {
    Modal: { defaultProps: { closeButtonProps: { "aria-label": "Close" } } },
    Drawer: { defaultProps: { closeButtonProps: { "aria-label": "Close" } } },
    Notification: { defaultProps: { closeButtonProps: { "aria-label": "Dismiss" } } },
  },
});

/**
 * In light mode Mantine colours text with shade 7 (`c="green"`, outline buttons) and shade 9
 * on shade 1 (light and subtle variants, alerts). For green, teal, yellow, orange and lime
 * those fall to 2.1–3.8:1. Darkening just the failing ones keeps every colour usable in text.
 */
function readableLightModeColors(colors: Record<string, readonly string[]>) {
  const variables: Record<string, string> = {};
  for (const [name, shades] of Object.entries(colors)) {
    const [, shade1, , , , , , shade7, , shade9] = shades;
    if (!shade1 || !shade7 || !shade9) continue;
    const lightColor = readableOn(shade9, shade1);
    if (lightColor !== shade9) variables[`--mantine-color-${name}-light-color`] = lightColor;
    const text = readableOn(shade7, "#f8f9fa");
    if (text !== shade7) {
      variables[`--mantine-color-${name}-text`] = text;
      variables[`--mantine-color-${name}-outline`] = text;
    }
  }
  return variables;
}

/**
 * Also: Mantine's default dimmed text (gray 6, 3.3:1 on white) and error red (3.3:1) fail
 * WCAG AA; these keep the same look at ≥ 4.5:1 on the body and card backgrounds.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    ...readableLightModeColors(resolved.colors),
    "--mantine-color-dimmed": "#5c636a",
    "--mantine-color-error": "var(--mantine-color-red-9)",
  },
  dark: {
    "--mantine-color-dimmed": "#a3a3a3",
    "--mantine-color-error": "var(--mantine-color-red-4)",
  },
});
