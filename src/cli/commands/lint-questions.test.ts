import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

function warmpath(args: string[], input: string) {
  return spawnSync(process.execPath, ["bin/warmpath.mjs", ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
    timeout: 30_000,
  });
}

describe("warmpath lint-questions", () => {
  it("prints one object per non-blank input line, in order (--json)", () => {
    const dir = mkdtempSync(join(tmpdir(), "warmpath-lint-"));
    const site = join(dir, "site.txt");
    writeFileSync(site, "Founded in 1998, 450 staff, offices in Leeds and York.\n");
    const input = [
      "What are your team's top priorities for the coming year?",
      "",
      "Are you hiring right now?",
      "What do you see as the biggest challenges facing the insurance industry?",
      "How big is the team in York?",
    ].join("\n");
    const run = warmpath(["lint-questions", "--json", "--website", site], input);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as unknown[];
    expect(out).toEqual([
      {
        question: "What are your team's top priorities for the coming year?",
        level: "goals",
        findings: [],
      },
      {
        question: "Are you hiring right now?",
        level: "other",
        findings: [
          {
            rule: "asks-about-jobs",
            message: expect.stringContaining("M10"),
            suggestion: "What is your team trying to achieve over the coming year?",
          },
        ],
      },
      {
        question: "What do you see as the biggest challenges facing the insurance industry?",
        level: "sector",
        findings: [
          {
            rule: "drill-down-order",
            message: expect.stringContaining("question 1"),
            suggestion: expect.any(String),
          },
        ],
      },
      {
        question: "How big is the team in York?",
        level: "other",
        findings: [
          {
            rule: "answerable-from-website",
            message: expect.stringContaining("Leeds and York"),
            suggestion: expect.any(String),
          },
        ],
      },
    ]);
    for (const item of out as Array<Record<string, unknown>>) {
      expect(Object.keys(item)).toEqual(["question", "level", "findings"]);
    }
  });

  it("prints readable text without --json and flags tenure mismatches", () => {
    const run = warmpath(
      ["lint-questions", "--tenure", "new"],
      "How has the industry changed since you started here?\n",
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      "1. [tenure-change] How has the industry changed since you started here?",
    );
    expect(run.stdout).toContain("tenure-mismatch");
  });

  it("rejects an unknown tenure with exit code 2", () => {
    const run = warmpath(["lint-questions", "--tenure", "ancient"], "What drew you here?\n");
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});
