import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildMeeting, buildPerson } from "../../testing/factories.ts";
import {
  createTestContext,
  signUp,
  type TestClient,
  type TestContext,
} from "../../testing/test-app.ts";

let ctx: TestContext;
let me: TestClient;
beforeAll(async () => {
  ctx = await createTestContext(new Date("2026-03-10T15:00:00Z"));
  me = await signUp(ctx);
});
afterAll(() => ctx.close());

/** Parses an iCalendar text with a real parser and returns its events. */
function events(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

describe("calendar (ICS)", () => {
  it("feeds meetings and dated follow-ups through a secret URL, revocable", async () => {
    const p = await buildPerson(me, { name: "Lina Lund" });
    const m = await buildMeeting(me, [p.id], {
      scheduledAt: "2026-03-20T14:30:00+01:00",
      timeZone: "Europe/Stockholm",
      durationMinutes: 45,
      mode: "video",
      location: "https://meet.example.com/abc",
    });
    const past = await buildMeeting(me, [p.id], { scheduledAt: "2026-03-10T09:00:00Z" });
    await me.post(`/api/meetings/${past.id}/debrief`, {
      heldAt: "2026-03-10T09:00:00Z",
      introductions: [],
    });

    const created = await me.post("/api/calendar/token");
    const { token, url } = created.body as { token: string; url: string };
    expect(url).toContain(`/api/calendar/${token}.ics`);
    const feed = await ctx.app.request(`/api/calendar/${token}.ics`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toContain("text/calendar");
    const list = events(await feed.text());
    const meeting = list.find((e) => e.uid === `meeting-${m.id}@warmpath`)!;
    expect(meeting.summary).toBe("Informational meeting with Lina Lund");
    expect(meeting.startDate.toJSDate().toISOString()).toBe("2026-03-20T13:30:00.000Z");
    expect(meeting.endDate.toJSDate().toISOString()).toBe("2026-03-20T14:15:00.000Z");
    expect(meeting.location).toBe("https://meet.example.com/abc");
    expect(meeting.description).toContain(`/meetings/${m.id}/brief`);
    const checkIn = list.find((e) => e.summary === "Check in with Lina Lund")!;
    expect(checkIn.startDate.isDate).toBe(true);
    expect(checkIn.startDate.toString()).toBe("2026-03-17");

    const single = await me.request("GET", `/api/meetings/${m.id}/ics`);
    expect(events(single.text).map((e) => e.uid)).toEqual([`meeting-${m.id}@warmpath`]);

    // A new token revokes the old one; deleting revokes it too.
    const next = (await me.post("/api/calendar/token")).body as { token: string };
    expect((await ctx.app.request(`/api/calendar/${token}.ics`)).status).toBe(404);
    expect((await ctx.app.request(`/api/calendar/${next.token}.ics`)).status).toBe(200);
    expect((await me.delete("/api/calendar/token")).status).toBe(204);
    expect((await ctx.app.request(`/api/calendar/${next.token}.ics`)).status).toBe(404);
    expect((await ctx.app.request("/api/calendar/cal_nope.ics")).status).toBe(404);
  });
});
