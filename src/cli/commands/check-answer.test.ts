import { spawnSync } from "node:child_process";
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

describe("warmpath check-answer", () => {
  it("checks one answer from stdin (--kind, --json)", () => {
    const run = warmpath(
      ["check-answer", "--kind", "how-can-i-help", "--json"],
      "I'd love to meet Dr. Hannah Cho.",
    );
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toEqual({
      kind: "how-can-i-help",
      words: 7,
      spokenSeconds: { min: 3, max: 3 },
      elements: [
        { id: "organizations", present: false, evidence: null },
        { id: "individuals", present: true, evidence: "I'd love to meet Dr. Hannah Cho." },
      ],
      findings: [
        { rule: "too-short", message: expect.any(String), suggestion: expect.any(String) },
        {
          rule: "missing-element",
          message: expect.stringContaining("organizations"),
          suggestion: expect.any(String),
        },
      ],
    });
  });

  it("writes one JSON line per input line in --batch mode", () => {
    const input = [
      JSON.stringify({ kind: "tell-me-about-yourself", text: "I grew up in Pune." }),
      "",
      JSON.stringify({ kind: "custom", text: "Hello there." }),
    ].join("\n");
    const run = warmpath(["check-answer", "--batch"], input);
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ kind: "tell-me-about-yourself", words: 5 });
    expect(lines[0].elements[0]).toEqual({
      id: "birthplace",
      present: true,
      evidence: "I grew up in Pune.",
    });
    expect(Object.keys(lines[1])).toEqual([
      "kind",
      "words",
      "spokenSeconds",
      "elements",
      "findings",
    ]);
  });

  it("exits 2 with a one-line error for an unknown kind", () => {
    const run = warmpath(["check-answer", "--kind", "elevator-pitch"], "Hi.");
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("elevator-pitch");
    expect(run.stdout).toBe("");
  });

  it("exits 2 naming the line of a malformed batch line, with no partial output", () => {
    const input = `${JSON.stringify({ kind: "role", text: "I report to the CFO." })}\n{"kind": "role"\n`;
    const run = warmpath(["check-answer", "--batch"], input);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("line 2");
    expect(run.stdout).toBe("");
  });
});
