import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ICAL from "ical.js";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot, runCli } from "../run-cli.ts";

// Each spawn costs 1–2 s (and the first one creates the database): one data directory,
// one scenario, few commands.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "warmpath-cli-import-"));
const env = { WARMPATH_DATA_DIR: path.join(dir, "data") };
const fixture = (name: string) => path.join(repoRoot, "src/server/features/imports/fixtures", name);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("warmpath import / export / restore", () => {
  it("imports, previews, refuses, exports and restores as documented", { timeout: 180_000 }, () => {
    const user = runCli(
      ["user", "create", "--email", "cli@example.com", "--name", "Cli", "--password-stdin"],
      { input: "a long password", env },
    );
    expect(user.status, user.stderr).toBe(0);

    const connections = fixture("linkedin-connections.csv");
    const summary = {
      created: 5,
      merged: 1,
      skipped: [{ line: 9, reason: "no name (first, last or full name)" }],
      rejected: false,
    };
    const dryRun = runCli(["import", "linkedin", connections, "--dry-run", "--json"], { env });
    expect(dryRun.status, dryRun.stderr).toBe(0);
    expect(JSON.parse(dryRun.stdout)).toEqual(summary);
    // The dry run wrote nothing: the real import creates the same five people.
    const real = runCli(["import", "linkedin", connections, "--json"], { env });
    expect(JSON.parse(real.stdout)).toEqual(summary);

    const refused = runCli(["import", "vcard", fixture("malformed-truncated.vcf"), "--json"], {
      env,
    });
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim().split("\n")).toHaveLength(1);
    expect(refused.stderr).toMatch(/line 5: this vCard has BEGIN:VCARD but no END:VCARD/);
    expect(JSON.parse(refused.stdout)).toMatchObject({ rejected: true, line: 5 });

    const vcf = runCli(["export", "vcard"], { env });
    expect(vcf.status, vcf.stderr).toBe(0);
    const cards = ICAL.parse(vcf.stdout) as unknown[][];
    expect(cards).toHaveLength(5);

    const backup = path.join(dir, "backup.json");
    expect(runCli(["export", "json", "--out", backup], { env }).status).toBe(0);
    const doc = JSON.parse(fs.readFileSync(backup, "utf8")) as {
      format: string;
      people: unknown[];
    };
    expect(doc.format).toBe("warmpath-backup");
    expect(doc.people).toHaveLength(5);

    const notEmpty = runCli(["restore", backup], { env });
    expect(notEmpty.status).toBe(1);
    expect(notEmpty.stderr.trim().split("\n")).toHaveLength(1);
    expect(notEmpty.stderr).toMatch(/already has data/);
    const replaced = runCli(["restore", backup, "--replace", "--json"], { env });
    expect(replaced.status, replaced.stderr).toBe(0);
    expect(JSON.parse(replaced.stdout)).toMatchObject({ restored: { people: 5 }, replaced: true });
  });
});
