import { darken, luminance } from "@mantine/core";

/** WCAG contrast ratio of two colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/**
 * `color` darkened just enough to reach `minRatio` against `background` (as text on it).
 * Returns `color` itself when it already passes.
 */
export function readableOn(color: string, background: string, minRatio = 4.6): string {
  let candidate = color;
  for (
    let amount = 0.05;
    contrastRatio(candidate, background) < minRatio && amount < 1;
    amount += 0.05
  ) {
    candidate = darken(color, amount);
  }
  return candidate;
}
