import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildMeeting, buildPerson } from "../../testing/factories.ts";
import {
  createTestContext,
  signUp,
  type TestClient,
  type TestContext,
} from "../../testing/test-app.ts";

type Item = {
  meeting: { id: string };
  peopleNames: string[];
  prep: { questions: number; forbidden: number; answersWritten: number };
};

let ctx: TestContext;
let me: TestClient;
beforeAll(async () => {
  ctx = await createTestContext(new Date("2026-03-10T09:00:00Z"));
  me = await signUp(ctx);
});
afterAll(() => ctx.close());

describe("Today's meetings", () => {
  it("shows meetings coming up with their forbidden questions, and held ones awaiting a debrief", async () => {
    const ana = await buildPerson(me, { name: "Ana Duarte" });
    const ben = await buildPerson(me, { name: "Ben Okoro" });
    const soon = await buildMeeting(me, [ana.id, ben.id], {
      scheduledAt: "2026-03-12T15:00:00+00:00",
    });
    const other = await buildMeeting(me, [ben.id], { scheduledAt: "2026-03-13T15:00:00+00:00" });
    const late = await buildMeeting(me, [ana.id], { scheduledAt: "2026-03-08T15:00:00+00:00" });
    await buildMeeting(me, [ana.id], { scheduledAt: "2026-04-20T15:00:00+00:00" }); // too far
    await buildMeeting(me, [ana.id], {
      scheduledAt: "2026-03-11T15:00:00+00:00",
      status: "cancelled",
    });
    const asked = ["Are you hiring?", "What challenges is the sector facing?"];
    for (const [id, texts] of [
      [soon.id, asked],
      [other.id, [...asked, "What do you look for in a candidate?"]],
    ] as const) {
      const res = await me.request("PUT", `/api/meetings/${id}/questions`, {
        questions: texts.map((text) => ({ text })),
      });
      expect(res.status).toBe(200);
    }
    await me.request("PUT", "/api/answers/role", { text: "I run the data team at a utility." });

    const agenda = (await me.get("/api/agenda")).body as {
      upcomingMeetings: Item[];
      awaitingDebrief: Item[];
    };
    expect(agenda.upcomingMeetings.map((i) => i.meeting.id)).toEqual([soon.id, other.id]);
    expect(agenda.upcomingMeetings[0]).toMatchObject({
      peopleNames: ["Ana Duarte", "Ben Okoro"],
      prep: { questions: 2, forbidden: 1, answersWritten: 1 },
    });
    expect(agenda.upcomingMeetings[1]!.prep).toMatchObject({ questions: 3, forbidden: 2 });
    expect(agenda.awaitingDebrief.map((i) => i.meeting.id)).toEqual([late.id]);
    expect(agenda.awaitingDebrief[0]!.prep).toMatchObject({ questions: 0, forbidden: 0 });
  });
});

describe("Today's follow-up lists", () => {
  it("shows today's and this week's follow-ups however many are overdue, each list in due order", async () => {
    const cleo = await buildPerson(me, { name: "Cleo Marsh" });
    const add = async (dueOn: string) => {
      const res = await me.post("/api/followups", { personId: cleo.id, dueOn });
      expect(res.status).toBe(201);
    };
    // 160 overdue, more than the lists used to read together; two today, two this week.
    for (let i = 0; i < 160; i++) await add(`2026-02-${String(1 + (i % 28)).padStart(2, "0")}`);
    await add("2026-03-10");
    await add("2026-03-10");
    await add("2026-03-13");
    await add("2026-03-16");
    const res = await me.get("/api/agenda");
    expect(res.status).toBe(200);
    const agenda = res.body as {
      overdue: Array<{ dueOn: string }>;
      dueToday: Array<{ dueOn: string }>;
      thisWeek: Array<{ dueOn: string }>;
      counts: { overdue: number; dueToday: number; thisWeek: number };
    };
    expect(agenda.counts).toEqual({ overdue: 160, dueToday: 2, thisWeek: 2 });
    expect(agenda.overdue).toHaveLength(50);
    const days = agenda.overdue.map((f) => f.dueOn);
    expect(days).toEqual([...days].sort());
    expect(agenda.dueToday.map((f) => f.dueOn)).toEqual(["2026-03-10", "2026-03-10"]);
    expect(agenda.thisWeek.map((f) => f.dueOn)).toEqual(["2026-03-13", "2026-03-16"]);
  });
});

describe("Today's monthly notes", () => {
  it("write each person's last meeting day and the conversations held since (M12)", async () => {
    const fresh = await signUp(ctx);
    const template = await fresh.request("PUT", "/api/followup-templates/stay-in-touch", {
      subject: "An update",
      body: "Since our talk {meetingWhen}: {recentConversations}, {plannedConversations}.",
    });
    expect(template.status).toBe(200);
    const held = async (name: string, day: string) => {
      const person = await buildPerson(fresh, { name });
      await buildMeeting(fresh, [person.id], { scheduledAt: `${day}T10:00:00Z`, status: "held" });
      return person;
    };
    const hal = await held("Hal Moreno", "2026-01-05");
    const ivy = await held("Ivy Chen", "2026-01-20");
    const jon = await held("Jon Baker", "2026-02-15");
    const kim = await buildPerson(fresh, { name: "Kim Park" });
    await buildMeeting(fresh, [kim.id], { scheduledAt: "2026-03-20T10:00:00Z" });

    const agenda = (await fresh.get("/api/agenda")).body as {
      stayInTouch: { items: Array<{ personId: string; draft: { body: string } }> };
    };
    const body = (id: string) =>
      agenda.stayInTouch.items.find((f) => f.personId === id)?.draft.body;
    expect(body(hal.id)).toBe(
      "Since our talk on January 5: I have had 2 interesting conversations since we last spoke, and I have another planned in the coming weeks.",
    );
    expect(body(ivy.id)).toBe(
      "Since our talk on January 20: I have had an interesting conversation since we last spoke, and I have another planned in the coming weeks.",
    );
    expect(body(jon.id)).toBe(
      "Since our talk on February 15: I have been preparing for new conversations, and I have another planned in the coming weeks.",
    );
  });
});
