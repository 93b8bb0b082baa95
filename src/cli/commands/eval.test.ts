import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

function warmpath(args: string[]) {
  return spawnSync(process.execPath, ["bin/warmpath.mjs", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("warmpath eval", () => {
  it("scores the dev set and our fixtures (--json)", () => {
    const run = warmpath(["eval", "--json"]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.datasets.map((d: { name: string }) => d.name)).toEqual([
      "labelled",
      "extra fixtures",
    ]);
    const [dev, extra] = report.datasets;
    expect(dev.questions.violationSet.total).toBe(55);
    expect(dev.questions.violationSet.accuracy).toBeGreaterThanOrEqual(0.97);
    expect(dev.questions.level.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(dev.answers.elements.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(Object.keys(dev.questions.perRule)).toEqual([
      "asks-about-jobs",
      "asks-what-they-look-for",
      "answerable-from-website",
    ]);
    expect(dev.answers.perElement["tell-me-about-yourself/birthplace"].total).toBe(8);
    expect(extra.questions.violationSet.total).toBeGreaterThanOrEqual(150);
  });

  it("reads other files, and reports a bad one with exit code 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "warmpath-eval-"));
    const questions = join(dir, "q.jsonl");
    const answers = join(dir, "a.jsonl");
    writeFileSync(
      questions,
      '{"q": "Are you hiring?", "violations": ["asks-about-jobs"], "level": null}\n',
    );
    writeFileSync(
      answers,
      '{"kind": "role", "text": "I report to the CFO.", "elements": {"reporting-line": true}}\n',
    );
    const ok = warmpath(["eval", "--questions", questions, "--answers", answers]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("violation set (exact)     100.0 %  (1/1)");
    writeFileSync(answers, "{not json}\n");
    const bad = warmpath(["eval", "--questions", questions, "--answers", answers]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("line 1");
  });
});
