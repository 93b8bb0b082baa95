import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  AnswerView,
  MeetingBriefView,
  MeetingQuestionsView,
} from "../../../shared/api/prepare.ts";
import { buildMeeting, buildOrganization, buildPerson } from "../../testing/factories.ts";
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
  ctx = await createTestContext(new Date("2026-03-05T12:00:00Z"));
  me = await signUp(ctx);
  other = await signUp(ctx);
});
afterAll(() => ctx.close());

const yourself =
  "I grew up in Pune and studied civil engineering at the College of Engineering there. At university I captained the debating team. I spent five years building metro lines in Mumbai, then moved to Toronto as a geotechnical engineer. On weekends I volunteer at a food bank.";

describe("answer bank (A1–A6)", () => {
  it("lists the six expected answers before any is written", async () => {
    const res = await me.get("/api/answers");
    const list = res.body as AnswerView[];
    expect(list.map((a) => a.key)).toEqual([
      "tell-me-about-yourself",
      "role",
      "career-goals",
      "strengths-weaknesses",
      "why-interested",
      "how-can-i-help",
    ]);
    expect(list[0]).toMatchObject({
      question: "Tell me about yourself",
      text: "",
      version: 0,
      id: null,
    });
    expect(list[0]!.check.elements.every((e) => !e.present)).toBe(true);
  });

  it("saves versions only when the text changes, with the check", async () => {
    const first = await me.request("PUT", "/api/answers/tell-me-about-yourself", {
      text: yourself,
    });
    expect(first.status).toBe(200);
    const saved = first.body as AnswerView;
    expect(saved.version).toBe(1);
    const present = saved.check.elements.filter((e) => e.present).map((e) => e.id);
    expect(present).toEqual(expect.arrayContaining(["birthplace", "education", "career-path"]));
    expect(saved.check.elements.find((e) => e.id === "birthplace")?.evidence).toMatch(/Pune/);
    expect(saved.check.targetSeconds).toEqual({ min: 120, max: 180 });
    expect(saved.check.findings.some((f) => f.rule === "too-short")).toBe(true);

    const same = await me.request("PUT", "/api/answers/tell-me-about-yourself", { text: yourself });
    expect((same.body as AnswerView).version).toBe(1);
    await me.request("PUT", "/api/answers/tell-me-about-yourself", {
      text: `${yourself} I love hiking.`,
    });
    const versions = (await me.get("/api/answers/tell-me-about-yourself/versions")).body as {
      version: number;
      text: string;
    }[];
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versions[1]!.text).toBe(yourself);
  });

  it("keeps custom answers, and refuses to delete the six", async () => {
    const created = await me.post("/api/answers", {
      title: "Why did you leave engineering?",
      text: "I wanted to work closer to people.",
    });
    expect(created.status).toBe(201);
    const custom = created.body as AnswerView;
    expect(custom).toMatchObject({
      kind: "custom",
      question: "Why did you leave engineering?",
      version: 1,
    });
    expect((await me.get("/api/answers")).body).toHaveLength(7);
    expect((await me.delete("/api/answers/role")).status).toBe(400);
    expect((await other.get(`/api/answers/${custom.key}`)).status).toBe(404);
    expect((await me.delete(`/api/answers/${custom.key}`)).status).toBe(204);
    expect((await me.get("/api/answers/no-such-kind")).status).toBe(404);
  });

  it("checks a text without saving it", async () => {
    const res = await me.post("/api/answers/check", {
      kind: "how-can-i-help",
      text: "Could you introduce me to Maria Chen at Shopify?",
    });
    expect(res.status).toBe(200);
    expect(
      (res.body as AnswerView["check"]).elements.find((e) => e.id === "individuals")?.present,
    ).toBe(true);
    expect((await me.post("/api/answers/check", { kind: "nope", text: "x" })).status).toBe(400);
  });
});

describe("questions to ask (M6–M10)", () => {
  it("lints a meeting's list with the organization's research and the person's tenure", async () => {
    const org = await buildOrganization(me, {
      name: "Leeds Water",
      sector: "Utilities",
      research: "Founded in 1998. 450 staff. Offices in Leeds and York.",
    });
    const veteran = await buildPerson(me, { organizationId: org.id, startedAt: "2012-06-01" });
    const meeting = await buildMeeting(me, [veteran.id], { mode: "video" });
    const res = await me.request("PUT", `/api/meetings/${meeting.id}/questions`, {
      questions: [
        { text: "What goals has your team set for this year?" },
        { text: "What challenges is the utilities sector facing?" },
        { text: "Are you hiring?" },
        { text: "What drew you to Leeds Water?" },
      ],
    });
    expect(res.status).toBe(200);
    const view = res.body as MeetingQuestionsView;
    expect(view.tenure).toBe("long");
    expect(view.questions.map((q) => q.level)).toEqual([
      "goals",
      "sector",
      "other",
      "what-drew-you",
    ]);
    expect(view.questions[2]!.findings.map((f) => f.rule)).toContain("asks-about-jobs");
    expect(view.questions[2]!.findings[0]!.suggestion).toBeTruthy();
    const listRules = view.listFindings.map((f) => `${f.rule}@${f.index}`);
    expect(listRules).toContain("drill-down-order@1");
    expect(listRules).toContain("tenure-mismatch@3");
    // Order is kept as saved; reading gives the same view.
    expect(
      (
        (await me.get(`/api/meetings/${meeting.id}/questions`)).body as MeetingQuestionsView
      ).questions.map((q) => q.text),
    ).toEqual(view.questions.map((q) => q.text));
  });

  it("plans questions high level first, with the tenure question that fits (M8, M9)", async () => {
    const newcomer = await buildPerson(me, {
      startedAt: "2025-11-01",
      organizationName: "Fresh Start Co",
    });
    const meeting = await buildMeeting(me, [newcomer.id]);
    const plan = (await me.get(`/api/meetings/${meeting.id}/questions/plan`)).body as {
      level: string;
      kind: string;
    }[];
    const levels = plan.map((p) => p.level);
    expect(levels[0]).toBe("sector");
    expect(levels.indexOf("goals")).toBeLessThan(levels.indexOf("barriers"));
    expect(levels).toContain("what-drew-you");
    expect(levels).not.toContain("tenure-change");
  });

  it("lints ad-hoc lists for scripts, and keeps other workspaces out", async () => {
    const res = await me.post("/api/questions/lint", {
      questions: ["When was the company founded?", "What sets you apart from competitors?"],
    });
    expect(res.status).toBe(200);
    const body = res.body as { questions: { level: string; findings: { rule: string }[] }[] };
    expect(body.questions[0]!.findings.map((f) => f.rule)).toEqual(["answerable-from-website"]);
    expect(body.questions[1]!.level).toBe("differentiation");
    const p = await buildPerson(me);
    const m = await buildMeeting(me, [p.id]);
    expect((await other.get(`/api/meetings/${m.id}/questions`)).status).toBe(404);
    expect(
      (await other.request("PUT", `/api/meetings/${m.id}/questions`, { questions: [] })).status,
    ).toBe(404);
    expect((await other.get(`/api/meetings/${m.id}/brief`)).status).toBe(404);
    const tooMany = await me.request("PUT", `/api/meetings/${m.id}/questions`, {
      questions: [{ text: "" }],
    });
    expect(tooMany.status).toBe(400);
  });
});

describe("meeting brief (M5)", () => {
  it("gathers person, organization, answers with timing, questions and the video checklist", async () => {
    const org = await buildOrganization(me, { name: "Brief Org", research: "Makes turbines." });
    const intro = await buildPerson(me, { name: "Ines Introducer" });
    const host = await buildPerson(me, {
      name: "Hal Host",
      title: "CTO",
      organizationId: org.id,
      startedAt: "2026-01-10",
      howWeMet: "Panel talk",
    });
    await me.post("/api/introductions", {
      fromPersonId: intro.id,
      toPersonId: host.id,
      status: "made",
    });
    const meeting = await buildMeeting(me, [host.id], { mode: "video" });
    await me.request("PUT", `/api/meetings/${meeting.id}/questions`, {
      questions: [{ text: "What keeps leaders in energy up at night?" }],
    });
    await me.patch(`/api/meetings/${meeting.id}/prep`, {
      answerKeys: ["tell-me-about-yourself"],
      checklist: { camera: true },
    });
    const res = await me.get(`/api/meetings/${meeting.id}/brief`);
    expect(res.status).toBe(200);
    const brief = res.body as MeetingBriefView;
    expect(brief.people[0]).toMatchObject({
      name: "Hal Host",
      title: "CTO",
      tenure: "new",
      howWeMet: "Panel talk",
      introducedBy: { name: "Ines Introducer" },
    });
    expect(brief.organization).toMatchObject({ name: "Brief Org", research: "Makes turbines." });
    expect(brief.answers.map((a) => a.key)).toEqual(["tell-me-about-yourself"]);
    expect(brief.answers[0]!.words).toBeGreaterThan(40);
    expect(brief.questions.map((q) => q.text)).toEqual([
      "What keeps leaders in energy up at night?",
    ]);
    expect(brief.checklist?.find((i) => i.id === "camera")?.done).toBe(true);
    expect(brief.checklist?.find((i) => i.id === "handshake")?.done).toBe(false);
    const inPerson = await buildMeeting(me, [host.id], { mode: "in-person" });
    expect(
      ((await me.get(`/api/meetings/${inPerson.id}/brief`)).body as MeetingBriefView).checklist,
    ).toBeNull();
  });
});
