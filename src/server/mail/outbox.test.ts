import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FollowUpView } from "../../shared/api/followups.ts";
import { createLogger } from "../logger.ts";
import { buildMeeting, buildPerson } from "../testing/factories.ts";
import { eventually, startTestSmtp } from "../testing/smtp.ts";
import {
  createTestContext,
  signUp,
  type TestClient,
  type TestContext,
} from "../testing/test-app.ts";
import { deliverMessage } from "./deliver.ts";
import { type Outbox, startOutbox } from "./outbox.ts";
import { smtpTransport } from "./transport.ts";

const FROM = "Amara Okafor <amara@example.com>";
let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
let ctx: TestContext;
let me: TestClient;
const extraOutboxes: Outbox[] = [];

beforeAll(async () => {
  smtp = await startTestSmtp();
  const settings = { smtpUrl: smtp.url, from: FROM };
  ctx = await createTestContext(new Date(), {
    mail: async (database) => ({
      settings,
      outbox: await startOutbox(database, settings, createLogger("silent"), {
        pollingSeconds: 0.5,
      }),
    }),
  });
  me = await signUp(ctx);
});
afterAll(async () => {
  for (const o of extraOutboxes) await o.stop();
  await ctx.close();
  await smtp.close();
});

/** A thank-you follow-up for a new person with an e-mail, from a debrief. */
async function thankYou(client: TestClient, name: string): Promise<FollowUpView> {
  const person = await buildPerson(client, {
    name,
    emails: [`${name.toLowerCase().replace(/\W+/g, ".")}@example.com`],
  });
  const meeting = await buildMeeting(client, [person.id], {
    scheduledAt: new Date(Date.now() - 3600_000).toISOString(),
  });
  const res = await client.post(`/api/meetings/${meeting.id}/debrief`, {
    heldAt: new Date(Date.now() - 3600_000).toISOString(),
    introductions: [],
  });
  return (res.body as { followUps: FollowUpView[] }).followUps.find((f) => f.kind === "thank-you")!;
}

describe("e-mail delivered exactly once (real SMTP server on loopback)", () => {
  it("sends once even when the request is repeated", async () => {
    const f = await thankYou(me, "Repeat Person");
    const first = await me.post(`/api/followups/${f.id}/send`);
    expect(first.status).toBe(202);
    await Promise.all([
      me.post(`/api/followups/${f.id}/send`),
      me.post(`/api/followups/${f.id}/send`),
    ]);
    await eventually(
      async () =>
        ((await me.get(`/api/followups/${f.id}`)).body as FollowUpView).message?.status === "sent",
      20_000,
      "sent",
    );
    await new Promise((r) => setTimeout(r, 1500));
    const mine = smtp.received.filter((m) => m.to.includes("repeat.person@example.com"));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.subject).toBe("Thank you, Repeat");
    expect(mine[0]!.raw).not.toMatch(/\{\w+\}/);
    const after = (await me.get(`/api/followups/${f.id}`)).body as FollowUpView;
    expect(after.status).toBe("done");
  });

  it("keeps a refused message, with the server's reason, and delivers it on retry", async () => {
    const f = await thankYou(me, "Retry Person");
    smtp.state.reject = 1;
    const queued = (await me.post(`/api/followups/${f.id}/send`)).body as FollowUpView;
    await eventually(
      async () =>
        ((await me.get(`/api/followups/${f.id}`)).body as FollowUpView).message?.status ===
        "failed",
      20_000,
      "failed",
    );
    const failed = (await me.get(`/api/followups/${f.id}`)).body as FollowUpView;
    expect(failed.message?.lastError).toMatch(/Mailbox unavailable/);
    expect(failed.status).toBe("due");
    // The queue retries with backoff; here the retry is driven directly.
    const transport = smtpTransport({ smtpUrl: smtp.url, from: FROM });
    expect(
      await deliverMessage(ctx.database.db, transport, FROM, queued.message!.id, () => new Date()),
    ).toBe("sent");
    expect(
      await deliverMessage(ctx.database.db, transport, FROM, queued.message!.id, () => new Date()),
    ).toBe("skipped");
    transport.close();
    expect(smtp.received.filter((m) => m.to.includes("retry.person@example.com"))).toHaveLength(1);
  });

  it("delivers each message once with two workers on one database", async () => {
    const settings = { smtpUrl: smtp.url, from: FROM };
    extraOutboxes.push(
      await startOutbox(ctx.database, settings, createLogger("silent"), { pollingSeconds: 0.5 }),
    );
    const followUps: FollowUpView[] = [];
    for (let i = 0; i < 8; i++) followUps.push(await thankYou(me, `Worker Test ${i}`));
    const ids = await Promise.all(
      followUps.map(
        async (f) =>
          ((await me.post(`/api/followups/${f.id}/send`)).body as FollowUpView).message!.id,
      ),
    );
    // Both workers get a job for every message.
    for (const id of ids) await extraOutboxes[0]!.enqueue(id);
    await eventually(
      async () => {
        const views = await Promise.all(
          followUps.map(async (f) => (await me.get(`/api/followups/${f.id}`)).body as FollowUpView),
        );
        return views.every((v) => v.message?.status === "sent");
      },
      30_000,
      "all sent",
    );
    await new Promise((r) => setTimeout(r, 1500));
    for (let i = 0; i < 8; i++) {
      expect(
        smtp.received.filter((m) => m.to.includes(`worker.test.${i}@example.com`)),
      ).toHaveLength(1);
    }
  });
});
