import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures.ts";

/** Creates an organization, a person who joined years ago, and a video meeting with them. */
async function seedMeeting(page: Page): Promise<string> {
  const me = await page.request.get("/api/auth/me");
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const headers = { "X-CSRF-Token": csrfToken };
  const post = async (path: string, data: object) => {
    const response = await page.request.post(path, { headers, data });
    expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
    return (await response.json()) as { id: string };
  };
  const organization = await post("/api/organizations", {
    name: "Northwind Logistics",
    sector: "logistics",
    research: "Founded in 1998. 450 staff. Offices in Leeds and York.",
  });
  const person = await post("/api/people", {
    name: "Priya Raman",
    title: "Head of Operations",
    organizationId: organization.id,
    startedAt: "2019-03-01",
    howWeMet: "Leeds logistics meetup",
  });
  const meeting = await post("/api/meetings", {
    personIds: [person.id],
    organizationId: organization.id,
    scheduledAt: "2099-12-03T15:00:00Z",
    mode: "video",
    timeZone: "Europe/London",
  });
  return meeting.id;
}

test("prepare a meeting: an answer checked live, questions linted (M10), the brief", async ({
  page,
}) => {
  await signIn(page);
  const meetingId = await seedMeeting(page);

  // The answer bank: write "Tell me about yourself" and watch the A1 checklist follow.
  await page.goto("/prepare");
  await page.getByRole("link", { name: "Tell me about yourself" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Tell me about yourself" }),
  ).toBeVisible();
  const checklist = page.getByRole("region", { name: "What a good answer contains" });
  const birthplace = checklist.getByRole("listitem").filter({ hasText: "born or grew up" });
  await expect(birthplace).toContainText("Missing:");
  await page.getByLabel("Your answer").fill("I grew up in Pune");
  await expect(birthplace).toContainText("Present:");
  await expect(birthplace).toContainText("I grew up in Pune");
  await page
    .getByLabel("Your answer")
    .fill(
      "I grew up in Pune and studied engineering at the University of Leeds, where I captained the rowing team. Since then I have worked in logistics operations for six years. On Saturdays I volunteer at a food bank.",
    );
  await expect(page.getByText("Saved · version")).toBeVisible();
  await expect(page.getByRole("region", { name: "Spoken length" })).toContainText("words");

  // The meeting's questions: suggestions first, then a forbidden one (M10).
  await page.goto(`/meetings/${meetingId}/prepare`);
  await expect(page.getByText(/Joined \d+ years ago → ask how/)).toBeVisible();
  await page.getByRole("button", { name: "Suggest questions" }).click();
  const dialog = page.getByRole("dialog", { name: "Suggested questions" });
  await dialog.getByRole("button", { name: /^Add all/ }).click();
  await expect(dialog).toBeHidden();
  const questions = page.getByRole("region", { name: "Questions to ask" });
  const items = questions.getByRole("list").first().getByRole("listitem");
  await expect(items.first()).toContainText("Sector");

  const add = page.getByLabel("Add a question");
  await add.fill("Are you hiring?");
  // Flagged before it is even added.
  await expect(questions.getByText("Forbidden: asks about openings (M10)")).toBeVisible();
  await add.press("Enter");
  const hiring = items.filter({ hasText: "Are you hiring?" });
  await expect(hiring).toContainText("Forbidden: asks about openings (M10)");
  await expect(questions.getByText(/^Saved · \d+ questions/)).toBeVisible();

  // Reorder from the keyboard: the last question moves up one place.
  const count = await items.count();
  const handle = questions.getByRole("button", {
    name: `Reorder question ${count}: Are you hiring?`,
  });
  await handle.focus();
  // Each key waits for the screen-reader announcement of the step before: on a busy machine
  // a key pressed before the drag has started is lost.
  await page.keyboard.press("Space");
  await expect(page.getByText(`Question ${count} is over position ${count}.`)).toBeAttached();
  await page.keyboard.press("ArrowUp");
  await expect(page.getByText(`Question ${count} is over position ${count - 1}.`)).toBeAttached();
  await page.keyboard.press("Space");
  await expect(
    questions.getByRole("button", { name: `Reorder question ${count - 1}: Are you hiring?` }),
  ).toBeVisible();
  await expect(questions.getByText(/^Saved · \d+ questions/)).toBeVisible();

  // "Use suggestion" rewrites it into a question about their goals.
  await items
    .filter({ hasText: "Are you hiring?" })
    .getByRole("button", { name: "Use suggestion" })
    .click();
  await expect(items.filter({ hasText: "Are you hiring?" })).toHaveCount(0);
  await expect(questions.getByText(/^Saved · \d+ questions/)).toBeVisible();

  // The brief: the person, the answer with its timing, the numbered questions.
  await page.getByRole("link", { name: "Open the brief" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Priya Raman");
  await expect(page.getByRole("region", { name: "Your answers" })).toContainText(
    "I grew up in Pune",
  );
  await expect(page.getByRole("region", { name: "Your answers" })).toContainText("words");
  const briefQuestions = page.getByRole("region", { name: "Your questions" });
  await expect(briefQuestions.getByRole("listitem").first()).toContainText("logistics sector");
  await expect(page.getByRole("region", { name: "Video call checklist (M5)" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Print / Save as PDF" })).toBeEnabled();
});
