import fs from "node:fs";
import { createRequire } from "node:module";
import { expect, owner, test } from "./fixtures.ts";

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

test("a new user creates an account and lands in the app shell", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: /create your account/i })).toBeVisible();
  await page.getByLabel(/name/i).first().fill(owner.name);
  await page.getByLabel(/e-?mail/i).fill(owner.email);
  await page
    .getByLabel(/password/i)
    .and(page.locator("input"))
    .fill(owner.password);
  await page.getByRole("button", { name: /create/i }).click();

  const nav = page.getByRole("navigation");
  await expect(nav).toBeVisible();
  for (const section of [
    "Today",
    "People",
    "Organizations",
    "Meetings",
    "Network",
    "Prepare",
    "Insights",
    "Settings",
  ]) {
    await expect(nav.getByRole("link", { name: section })).toBeVisible();
  }
  await expect(page.getByRole("main")).toBeVisible();

  // No serious or critical accessibility violation on the first screen a user sees.
  // Evaluated through the DevTools protocol: the page's CSP forbids inline scripts.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string }> }> };
      }
    ).axe;
    return (await axe.run()).violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => v.id);
  });
  expect(violations).toEqual([]);

  // The set-up page is gone for good: a second visitor is asked to sign in.
  await page.context().clearCookies();
  await page.goto("/");
  await expect(page.getByRole("heading", { name: /sign in/i })).toBeVisible();
});
