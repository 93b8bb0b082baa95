import type { APIRequestContext, Page } from "@playwright/test";
import { eventually, startTestSmtp } from "../src/server/testing/smtp.ts";
import { expect, signIn, test } from "./fixtures.ts";

// The after-the-meeting journey (M11, M13): debrief a meeting as "no referral", find the
// thank-you and the one-week check-in on Today, and send the check-in — from one's own mail
// program when the server has no SMTP, through a real SMTP server on loopback when it has.

// Days are counted in the workspace's zone, which Today aligns with the browser's: pin both.
test.use({ timezoneId: "UTC" });

type Seeded = { personId: string; meetingId: string };

/** A person with an e-mail and an informational meeting held an hour ago, through the API. */
async function seedMeeting(
  request: APIRequestContext,
  name: string,
  email: string,
): Promise<Seeded> {
  const me = await (await request.get("/api/auth/me")).json();
  const headers = { "X-CSRF-Token": String(me.csrfToken) };
  const person = await request.post("/api/people", { headers, data: { name, emails: [email] } });
  expect(person.ok()).toBe(true);
  const personId = String((await person.json()).id);
  const meeting = await request.post("/api/meetings", {
    headers,
    data: {
      personIds: [personId],
      scheduledAt: new Date(Date.now() - 60 * 60_000).toISOString(),
      timeZone: "UTC",
    },
  });
  expect(meeting.ok()).toBe(true);
  return { personId, meetingId: String((await meeting.json()).id) };
}

/** How many days until the check-in: a week after the day the meeting was held (M11). */
function checkInDays(): number {
  const held = new Date(Date.now() - 60 * 60_000).toISOString().slice(0, 10);
  return new Date().toISOString().slice(0, 10) === held ? 7 : 6;
}

/** The thank-you is due the day of the meeting: today, or overdue just after midnight. */
const thankYouSection = () => (checkInDays() === 7 ? "Due today" : "Overdue");

async function debriefWithNoReferral(page: Page, meetingId: string, name: string) {
  await page.goto(`/meetings/${meetingId}/debrief`);
  await expect(
    page.getByRole("heading", { level: 1, name: `Debrief: meeting with ${name}` }),
  ).toBeVisible();
  await page
    .getByLabel("Insight 1", { exact: true })
    .fill("Their analytics team is hiring in spring, after the budget round.");
  await page.getByRole("radio", { name: /No referral/ }).click();
  await expect(page.getByText(/put a check-in on Today/)).toBeVisible();
  await page.getByRole("button", { name: "Save debrief" }).click();
  await expect(page.getByText("Debrief saved")).toBeVisible();
  await expect(page.getByText(`Check in with ${name}`)).toBeVisible();
  await page.getByRole("link", { name: "Go to Today" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: /Good (morning|afternoon|evening)/ }),
  ).toBeVisible();
}

test("no referral: a thank-you today and a check-in in a week, sent by hand", async ({ page }) => {
  await signIn(page);
  const { personId, meetingId } = await seedMeeting(
    page.request,
    "Maria Chen",
    "maria@lighthouse.example",
  );
  await debriefWithNoReferral(page, meetingId, "Maria Chen");

  await expect(
    page.getByRole("region", { name: thankYouSection() }).getByText("Thank Maria Chen"),
  ).toBeVisible();
  const checkIn = page
    .getByRole("region", { name: "This week" })
    .getByRole("listitem")
    .filter({ hasText: "Check in with Maria Chen" });
  await expect(checkIn).toContainText(`Due in ${checkInDays()} days`);
  await expect(checkIn).toContainText("M11");

  await checkIn.getByRole("button", { name: "Open draft" }).click();
  const drawer = page.getByRole("dialog", { name: "Check in with Maria Chen" });
  await expect(drawer).toContainText("maria@lighthouse.example");
  await expect(drawer.getByLabel("Subject")).toHaveValue("Following up on our conversation");
  await expect(drawer.getByLabel("Message")).toHaveValue(/^Hi Maria,/);

  // No SMTP on this server: Send explains, and the ways to send it oneself remain.
  await drawer.getByRole("button", { name: "Send", exact: true }).click();
  await expect(drawer.getByText("This server does not send e-mail")).toBeVisible();
  await expect(drawer.getByRole("link", { name: "Open in your mail app" })).toHaveAttribute(
    "href",
    /^mailto:maria@lighthouse\.example\?subject=Following%20up/,
  );
  await expect(drawer.getByRole("link", { name: "Download .eml" })).toHaveAttribute(
    "href",
    /\/api\/followups\/[\w-]+\/eml$/,
  );
  await drawer.getByRole("button", { name: "Mark as sent" }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByText("Check in with Maria Chen")).toBeHidden();

  // Maria's page keeps the account: the thank-you still owed, the check-in sent.
  await page.goto(`/people/${personId}`);
  const owed = page.getByRole("region", { name: "Follow-ups" });
  await expect(owed.getByRole("list", { name: "To do" })).toContainText("Thank Maria Chen");
  await expect(owed.getByRole("listitem").filter({ hasText: "Check in with Maria" })).toContainText(
    "Done",
  );
});

// A second server, with a real SMTP server on loopback behind it.
const withSmtp = test.extend<object, { smtp: Awaited<ReturnType<typeof startTestSmtp>> }>({
  smtp: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
    async ({}, use) => {
      const smtp = await startTestSmtp();
      await use(smtp);
      await smtp.close();
    },
    { scope: "worker" },
  ],
  serverEnv: [
    async ({ smtp }, use) =>
      use({ SMTP_URL: smtp.url, MAIL_FROM: "Amara Okafor <amara@example.com>" }),
    { scope: "worker" },
  ],
});

withSmtp("with SMTP: Send delivers the edited draft once", async ({ page, smtp }) => {
  await signIn(page);
  const { meetingId } = await seedMeeting(page.request, "Ben Osei", "ben@harbor.example");
  await debriefWithNoReferral(page, meetingId, "Ben Osei");

  const thanks = page
    .getByRole("region", { name: thankYouSection() })
    .getByRole("listitem")
    .filter({ hasText: "Thank Ben Osei" });
  await thanks.getByRole("button", { name: "Open draft" }).click();
  const drawer = page.getByRole("dialog", { name: "Thank Ben Osei" });
  await drawer.getByLabel("Subject").fill("Thank you for your time, Ben");
  await drawer.getByRole("button", { name: "Send", exact: true }).click();
  await expect(drawer.getByText("Sent", { exact: true })).toBeVisible({ timeout: 20_000 });

  await eventually(() => smtp.received.length > 0, 10_000, "the message at the SMTP server");
  expect(smtp.received).toHaveLength(1);
  expect(smtp.received[0]?.to).toEqual(["ben@harbor.example"]);
  expect(smtp.received[0]?.subject).toBe("Thank you for your time, Ben");

  await drawer.getByRole("button", { name: "Close" }).click();
  await expect(page.getByText("Thank Ben Osei")).toBeHidden();
});
