import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, startCliServer } from "../../cli/run-cli.ts";
import type { FollowUpView } from "../../shared/api/followups.ts";
import { eventually, startTestSmtp } from "../testing/smtp.ts";
import { testDatabaseKind } from "../testing/test-db.ts";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

// One real process is killed with SIGKILL while its SMTP transaction is open, then a new
// process starts on the same data: the message must arrive exactly once.
describe.runIf(testDatabaseKind === "pglite")("e-mail after a crash mid-send", () => {
  it("is delivered exactly once by the restarted process", async () => {
    const smtp = await startTestSmtp();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "warmpath-crash-"));
    dirs.push(dir);
    const env = {
      WARMPATH_DATA_DIR: dir,
      SMTP_URL: smtp.url,
      MAIL_FROM: "Amara <amara@example.com>",
      MAIL_LEASE_SECONDS: "2",
      MAIL_SWEEP_SECONDS: "1",
    };
    runCli(
      ["user", "create", "--email", "amara@example.com", "--name", "Amara", "--password-stdin"],
      { input: "a long password", env },
    );
    const { token } = JSON.parse(runCli(["token", "create", "--json"], { env }).stdout) as {
      token: string;
    };
    const call = async (base: string, method: string, p: string, body?: unknown) => {
      const res = await fetch(`${base}${p}`, {
        method,
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return res.json() as Promise<Record<string, unknown>>;
    };

    const first = startCliServer(env);
    let followUpId = "";
    try {
      const base = await first.ready;
      const person = await call(base, "POST", "/api/people", {
        name: "Crash Test",
        emails: ["crash@example.com"],
      });
      const hourAgo = new Date(Date.now() - 3600_000).toISOString();
      const meeting = await call(base, "POST", "/api/meetings", {
        personIds: [person.id],
        scheduledAt: hourAgo,
      });
      const debrief = await call(base, "POST", `/api/meetings/${meeting.id}/debrief`, {
        heldAt: hourAgo,
        introductions: [],
      });
      followUpId = (debrief.followUps as FollowUpView[]).find((f) => f.kind === "thank-you")!.id;
      smtp.state.hold = 1;
      await call(base, "POST", `/api/followups/${followUpId}/send`);
      await eventually(
        () => smtp.state.held.length === 1,
        20_000,
        "the SMTP transaction to be open",
      );
      first.child.kill("SIGKILL");
      await first.stop();
    } finally {
      await first.stop();
    }
    expect(smtp.received).toHaveLength(0);

    const second = startCliServer(env);
    try {
      const base = await second.ready;
      await eventually(
        async () =>
          ((await call(base, "GET", `/api/followups/${followUpId}`)) as unknown as FollowUpView)
            .message?.status === "sent",
        30_000,
        "the restarted process to deliver",
      );
      await new Promise((r) => setTimeout(r, 2500));
      expect(smtp.received.filter((m) => m.to.includes("crash@example.com"))).toHaveLength(1);
    } finally {
      await second.stop();
      await smtp.close();
    }
  }, 90_000);
});
