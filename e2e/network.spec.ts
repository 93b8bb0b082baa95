import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures.ts";

// The network journey of the method (M1, M2, M11): people and a target organization, an
// informational meeting held, a chain of introductions, and the path to the decision-maker.

async function openSection(page: Page, name: string) {
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

async function addPerson(page: Page, name: string, options: { canHire?: boolean } = {}) {
  await page.getByRole("button", { name: "Add person" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Add a person" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByRole("combobox", { name: "Organization" }).fill("Lighthouse");
  await page.getByRole("option", { name: "Lighthouse Health" }).click();
  if (options.canHire) await dialog.getByLabel(/Can hire you/).check();
  await dialog.getByRole("button", { name: "Add person" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("link", { name: new RegExp(name) })).toBeVisible();
}

async function recordIntroductionTo(page: Page, name: string) {
  await page.getByRole("button", { name: "Record an introduction" }).click();
  const dialog = page.getByRole("dialog", { name: "Record an introduction" });
  await dialog
    .getByRole("combobox", { name: "Introduces you to" })
    .fill(name.split(" ")[0] ?? name);
  await page.getByRole("option", { name }).click();
  await dialog.getByRole("button", { name: "Record introduction" }).click();
  await expect(dialog).toBeHidden();
  const introductions = page.getByRole("region", { name: "Introductions" });
  await expect(introductions.getByRole("link", { name })).toBeVisible();
}

test("from people and a held meeting to the path to a decision-maker", async ({ page }) => {
  // A long journey through five pages and a dozen saves.
  test.setTimeout(120_000);
  await signIn(page);

  await openSection(page, "Organizations");
  await page.getByRole("button", { name: "Add organization" }).first().click();
  const orgDialog = page.getByRole("dialog", { name: "Add an organization" });
  await orgDialog.getByLabel("Name").fill("Lighthouse Health");
  await orgDialog.getByLabel("Target organization").check();
  await orgDialog.getByRole("button", { name: "Add organization" }).click();
  await expect(page.getByRole("link", { name: /Lighthouse Health/ })).toBeVisible();

  await openSection(page, "People");
  await addPerson(page, "Priya Shah");
  await addPerson(page, "Tomás Rivera");
  await addPerson(page, "Dana Whitfield", { canHire: true });

  // Plan a meeting from the person: Plan a meeting → pick a time → Save.
  await page.getByRole("link", { name: /Priya Shah/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Priya Shah" })).toBeVisible();
  await page.getByRole("button", { name: "Plan a meeting" }).click();
  const planDialog = page.getByRole("dialog", { name: "Plan a meeting with Priya Shah" });
  // A chip is a visually hidden radio inside its label: the label is what one clicks.
  await planDialog.getByRole("group", { name: "Suggested times" }).locator("label").nth(1).click();
  await planDialog.getByRole("button", { name: "Save meeting" }).click();
  await expect(planDialog).toBeHidden();

  await page.getByRole("region", { name: "Meetings" }).getByRole("link").first().click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Meeting with Priya Shah" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Mark as held" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Mark as held" }).click();
  await expect(page.getByText("Held", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Mark as held" })).toBeHidden();

  // The chain: Priya introduces Tomás, Tomás introduces Dana (M11).
  await page.getByRole("link", { name: "Priya Shah" }).click();
  await recordIntroductionTo(page, "Tomás Rivera");
  await page
    .getByRole("region", { name: "Introductions" })
    .getByRole("link", { name: "Tomás Rivera" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Tomás Rivera" })).toBeVisible();
  await recordIntroductionTo(page, "Dana Whitfield");

  await openSection(page, "Network");
  const paths = page.getByRole("list", { name: "Paths to decision-makers" });
  const path = paths.getByRole("listitem").filter({ hasText: "Dana Whitfield" }).first();
  await expect(path).toContainText("(can hire, Lighthouse Health)");
  await expect(path).toContainText("2 hops");
  await expect(path.getByRole("link")).toHaveText(["Priya Shah", "Tomás Rivera", "Dana Whitfield"]);
  // The graph draws the same chain; its nodes open the person's page.
  await page
    .locator(".react-flow")
    .getByRole("link", { name: /Dana Whitfield/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Dana Whitfield" })).toBeVisible();

  // The funnel counts the held meeting (M2).
  await openSection(page, "Funnel");
  await expect(
    page.getByRole("listitem").filter({ hasText: "Informational meetings held" }),
  ).toContainText("1");
});

test("an old or mistyped link says what is missing and leads back", async ({ page }) => {
  await signIn(page);
  await page.goto("/people/8a5a54f4-7d7b-4c5f-9a0e-2f4b8e1c0d11");
  await expect(page.getByRole("heading", { level: 1, name: "No such person" })).toBeVisible();
  await page.goto("/meetings/not-an-id/prepare");
  await expect(page.getByRole("heading", { level: 1, name: "No such meeting" })).toBeVisible();
  await page.goto("/organizations/8a5a54f4-7d7b-4c5f-9a0e-2f4b8e1c0d11");
  await expect(page.getByRole("heading", { level: 1, name: "No such organization" })).toBeVisible();
  await page.getByRole("link", { name: "Organizations" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Organizations" })).toBeVisible();
});
