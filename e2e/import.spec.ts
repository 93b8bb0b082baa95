import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures.ts";

// Contacts in through the web page: choose the source, pick the file, preview who would be
// created, merged and skipped, import, and find them in People. A broken file is refused
// with its line and reason, and nothing is written.

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const fixtures = path.resolve("src/server/features/imports/fixtures");

/** Serious and critical axe violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP forbids inline scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string }> }> };
      }
    ).axe;
    return (await axe.run()).violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => v.id);
  });
}

async function openImport(page: Page) {
  await signIn(page);
  await page
    .getByRole("navigation", { name: "Sections" })
    .getByRole("link", { name: "People" })
    .click();
  await page.getByRole("link", { name: "Import" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Import contacts" })).toBeVisible();
}

test("imports LinkedIn connections after a preview, and finds them in People", async ({ page }) => {
  await openImport(page);
  await expect(page.getByRole("radio", { name: /LinkedIn/ })).toBeChecked();
  await expect(page.getByText("Settings → Data privacy → Get a copy of your data")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page
    .locator('input[type="file"]')
    .setInputFiles(path.join(fixtures, "linkedin-connections.csv"));
  await expect(page.getByText("linkedin-connections.csv")).toBeVisible();
  await page.getByRole("button", { name: "Preview" }).click();

  // The counts, then the rows behind them, with the file's own line numbers.
  await expect(page.getByRole("heading", { name: "Preview" })).toBeVisible();
  const counts = page.getByRole("definition");
  await expect(counts).toHaveText(["5", "1", "1"]);
  const created = page.getByRole("tabpanel", { name: /New/ });
  await expect(created.getByRole("row", { name: /Maren Okafor/ })).toContainText(
    "Harbourline Health",
  );
  await expect(created.getByRole("row")).toHaveCount(6);
  await page.getByRole("tab", { name: /Skipped/ }).click();
  await expect(
    page
      .getByRole("tabpanel", { name: /Skipped/ })
      .getByRole("row")
      .nth(1),
  ).toHaveText(/9\s*no name/);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Import 5 people" }).click();
  await expect(page.getByRole("heading", { name: "Import complete" })).toBeVisible();
  await expect(page.getByText("5 people added, 1 row merged")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("link", { name: "Go to People" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
  await page.getByRole("search").getByLabel("Search").fill("Teodor");
  await expect(page.getByRole("link", { name: /Teodor Vasquez-Lindqvist/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Maren Okafor/ })).toBeHidden();
});

test("a broken file is refused with its line and reason, and nothing is written", async ({
  page,
}) => {
  await openImport(page);

  // Checked before sending: LinkedIn's archive has to be unzipped first.
  const fileInput = page.locator('input[type="file"]');
  await fileInput.setInputFiles({
    name: "Basic_LinkedInDataExport.zip",
    mimeType: "application/zip",
    buffer: Buffer.from("PK\u0003\u0004"),
  });
  await expect(page.getByRole("alert")).toHaveText(/ZIP archive: open it and pick Connections.csv/);
  await expect(page.getByRole("button", { name: "Preview" })).toBeDisabled();
  await page.getByRole("button", { name: "Remove Basic_LinkedInDataExport.zip" }).click();

  await page
    .locator('input[type="file"]')
    .setInputFiles(path.join(fixtures, "malformed-linkedin-truncated.csv"));
  await page.getByRole("button", { name: "Preview" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "This file cannot be imported" });
  await expect(alert).toContainText("Line 6:");
  await expect(alert).toContainText("Nothing was imported");
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("link", { name: "People" }).first().click();
  await expect(page.getByRole("heading", { name: "No people yet" })).toBeVisible();
});
