import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FollowUpView } from "../../../shared/api/followups.ts";
import type { IntroductionView } from "../../../shared/api/network.ts";
import { buildMeeting, buildPerson } from "../../testing/factories.ts";
import {
  createTestContext,
  signUp,
  type TestClient,
  type TestContext,
} from "../../testing/test-app.ts";

let ctx: TestContext;
let me: TestClient;
let other: TestClient;
beforeAll(async () => {
  ctx = await createTestContext(new Date("2026-03-10T15:00:00Z"));
  me = await signUp(ctx);
  other = await signUp(ctx);
});
afterAll(() => ctx.close());

type Debrief = {
  followUps: FollowUpView[];
  introductions: IntroductionView[];
  insights: { text: string }[];
  debrief: { noReferral: boolean };
};
const due = (d: Debrief) =>
  d.followUps
    .filter((f) => f.status === "due")
    .map((f) => `${f.kind} ${f.dueOn}`)
    .sort();

describe("debrief (M11, M13)", () => {
  it("no referral: meeting held, thank-you today, check-in in 7 days, monthly note", async () => {
    const ana = await buildPerson(me, { name: "Ana Alves", emails: ["ana@example.com"] });
    const m = await buildMeeting(me, [ana.id], { scheduledAt: "2026-03-10T13:00:00Z" });
    const res = await me.post(`/api/meetings/${m.id}/debrief`, {
      heldAt: "2026-03-10T13:00:00Z",
      insights: [
        { text: "Water utilities will spend a decade replacing lead pipes.", tags: ["Sector"] },
      ],
      introductions: [],
    });
    expect(res.status).toBe(200);
    const body = res.body as Debrief & { meeting: { status: string } };
    expect(body.meeting.status).toBe("held");
    expect(body.debrief.noReferral).toBe(true);
    expect(due(body)).toEqual([
      "check-in 2026-03-17",
      "stay-in-touch 2026-04-09",
      "thank-you 2026-03-10",
    ]);
    const thanks = body.followUps.find((f) => f.kind === "thank-you")!;
    expect(thanks.to).toBe("ana@example.com");
    expect(thanks.draft.subject).toBe("Thank you, Ana");
    expect(thanks.draft.body).toContain("replacing lead pipes");
    expect(thanks.draft.body).not.toMatch(/\{\w+\}/);

    // Submitting again changes nothing twice.
    const again = await me.post(`/api/meetings/${m.id}/debrief`, {
      heldAt: "2026-03-10T13:00:00Z",
      insights: [{ text: "Second thoughts.", tags: [] }],
      introductions: [],
    });
    expect(due(again.body as Debrief)).toEqual(due(body));
    expect((again.body as Debrief).insights.map((i) => i.text)).toEqual(["Second thoughts."]);
    const list = (await me.get(`/api/followups?personId=${ana.id}`)).body as FollowUpView[];
    expect(list).toHaveLength(3);
  });

  it("offers and mentions: introductions recorded (new person inline), follow-ups for each", async () => {
    const ben = await buildPerson(me, { name: "Ben Brandt" });
    const dee = await buildPerson(me, { name: "Dee Daniels" });
    const m = await buildMeeting(me, [ben.id], { scheduledAt: "2026-03-10T10:00:00Z" });
    const input = {
      heldAt: "2026-03-10T10:00:00Z",
      insights: [],
      introductions: [
        { toPersonId: dee.id, status: "offered" },
        {
          toPerson: { name: "Eve Ekström", organization: "Nordic Grid", title: "Head of Planning" },
          status: "to-ask",
        },
      ],
    };
    const res = await me.post(`/api/meetings/${m.id}/debrief`, input);
    expect(res.status).toBe(200);
    const body = res.body as Debrief;
    expect(body.debrief.noReferral).toBe(false);
    expect(body.introductions.map((i) => [i.fromPersonId, i.status]).sort()).toEqual([
      [ben.id, "offered"],
      [ben.id, "to-ask"],
    ]);
    expect(due(body)).toEqual([
      "ask-for-introduction 2026-03-11",
      "confirm-introduction 2026-03-13",
      "stay-in-touch 2026-04-09",
      "thank-you 2026-03-10",
    ]);
    const ask = body.followUps.find((f) => f.kind === "ask-for-introduction")!;
    expect(ask.draft.body).toContain("Eve Ekström at Nordic Grid");

    const again = await me.post(`/api/meetings/${m.id}/debrief`, input);
    expect((again.body as Debrief).introductions).toHaveLength(2);
    expect(((await me.get("/api/people?q=ekström")).body as unknown[]).length).toBe(1);

    // The introduction is made: the confirmation goes, a meeting with Dee is due in 2 days.
    const offered = body.introductions.find((i) => i.status === "offered")!;
    ctx.clock.now = new Date("2026-03-12T09:00:00Z");
    await me.patch(`/api/introductions/${offered.id}`, { status: "made" });
    const forBen = (await me.get(`/api/followups?status=due&personId=${ben.id}`))
      .body as FollowUpView[];
    expect(forBen.map((f) => f.kind)).not.toContain("confirm-introduction");
    const forDee = (await me.get(`/api/followups?status=due&personId=${dee.id}`))
      .body as FollowUpView[];
    expect(forDee.map((f) => `${f.kind} ${f.dueOn}`)).toEqual(["plan-meeting 2026-03-14"]);
    expect(forDee[0]!.draft.subject).toBe("Ben Brandt suggested we talk");
    ctx.clock.now = new Date("2026-03-10T15:00:00Z");
  });

  it("writes nothing when a person is unknown or from another workspace", async () => {
    const cat = await buildPerson(me, { name: "Cat" });
    const theirs = await buildPerson(other, { name: "Not yours" });
    const m = await buildMeeting(me, [cat.id]);
    const res = await me.post(`/api/meetings/${m.id}/debrief`, {
      heldAt: "2026-03-10T10:00:00Z",
      insights: [{ text: "Should not be stored", tags: [] }],
      introductions: [
        { toPerson: { name: "Ghost" }, status: "offered" },
        { toPersonId: theirs.id, status: "offered" },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ issues: [{ field: "introductions.1.toPersonId" }] });
    expect((await me.get(`/api/meetings/${m.id}`)).body).toMatchObject({ status: "planned" });
    expect((await me.get("/api/people?q=ghost")).body).toEqual([]);
    expect((await me.get(`/api/insights?meetingId=${m.id}`)).body).toEqual([]);
    expect(
      (await other.post(`/api/meetings/${m.id}/debrief`, { heldAt: "2026-03-10T10:00:00Z" }))
        .status,
    ).toBe(404);
    const both = await me.post(`/api/meetings/${m.id}/debrief`, {
      heldAt: "2026-03-10T10:00:00Z",
      introductions: [{ status: "offered" }],
    });
    expect(both.status).toBe(400);
  });
});

describe("follow-up actions", () => {
  it("snoozes, edits the draft, marks sent (moving the monthly note), and stops when the search ends", async () => {
    const fay = await buildPerson(me, { name: "Fay Fox", emails: ["fay@example.com"] });
    const m = await buildMeeting(me, [fay.id], { scheduledAt: "2026-03-10T09:00:00Z" });
    const debrief = (
      await me.post(`/api/meetings/${m.id}/debrief`, {
        heldAt: "2026-03-10T09:00:00Z",
        introductions: [],
      })
    ).body as Debrief;
    const thanks = debrief.followUps.find((f) => f.kind === "thank-you")!;
    const snoozed = await me.patch(`/api/followups/${thanks.id}`, { snoozeUntil: "2026-03-12" });
    expect(snoozed.body).toMatchObject({ status: "snoozed", dueOn: "2026-03-12" });
    expect(
      (await me.patch(`/api/followups/${thanks.id}`, { snoozeUntil: "2026-03-01" })).status,
    ).toBe(400);
    const edited = await me.patch(`/api/followups/${thanks.id}`, {
      draft: { subject: "Thanks!", body: "Thank you, Fay." },
    });
    expect(edited.body).toMatchObject({ draft: { subject: "Thanks!" }, draftEdited: true });
    const eml = await me.request("GET", `/api/followups/${thanks.id}/eml`);
    expect(eml.headers.get("content-type")).toBe("message/rfc822");
    expect(eml.text).toMatch(/^Subject: Thanks!/m);
    expect(eml.text).toMatch(/^To: fay@example.com/m);
    const noSmtp = await me.post(`/api/followups/${thanks.id}/send`);
    expect(noSmtp.status).toBe(409);
    expect(noSmtp.body).toMatchObject({ code: "smtp_not_configured" });

    ctx.clock.now = new Date("2026-03-12T10:00:00Z");
    const sent = await me.post(`/api/followups/${thanks.id}/mark-sent`);
    expect(sent.body).toMatchObject({ status: "done", message: { status: "manual" } });
    // The note counts as a contact: the monthly note moves to a month after it.
    const monthly = (await me.get(`/api/followups?status=due&personId=${fay.id}`))
      .body as FollowUpView[];
    expect(monthly.find((f) => f.kind === "stay-in-touch")?.dueOn).toBe("2026-04-11");

    const ended = await me.patch("/api/settings", { searchActive: false });
    expect(ended.body).toMatchObject({ searchActive: false });
    expect((await me.get("/api/followups?status=due")).body).toEqual([]);
    await me.patch("/api/settings", { searchActive: true });
    ctx.clock.now = new Date("2026-03-10T15:00:00Z");
  });

  it("shows the agenda with the monthly notes as one batch", async () => {
    const fresh = await signUp(ctx);
    const people = await Promise.all(
      [1, 2, 3].map((i) => buildPerson(fresh, { name: `Monthly ${i}` })),
    );
    for (const p of people) {
      const m = await buildMeeting(fresh, [p.id], {
        scheduledAt: "2026-02-09T10:00:00Z",
        status: "held",
      });
      expect(m.status).toBe("held");
    }
    const agenda = (await fresh.get("/api/agenda")).body as {
      stayInTouch: { count: number };
      overdue: unknown[];
      today: string;
    };
    expect(agenda.today).toBe("2026-03-10");
    expect(agenda.stayInTouch.count).toBe(3);
  });
});
