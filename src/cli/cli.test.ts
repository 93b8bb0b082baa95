import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, startCliServer } from "./run-cli.ts";

const dirs: string[] = [];
function dataDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "warmpath-cli-"));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe("warmpath CLI", () => {
  it("prints help for every command", () => {
    for (const args of [
      ["--help"],
      ["serve", "--help"],
      ["user", "create", "--help"],
      ["token", "create", "--help"],
    ]) {
      const res = runCli(args);
      expect(res.status, args.join(" ")).toBe(0);
      expect(res.stdout).toMatch(/Usage: warmpath/);
    }
  });

  it("creates the owner, then tokens for the only user or for --email", () => {
    const env = { WARMPATH_DATA_DIR: dataDir() };
    const owner = runCli(
      [
        "user",
        "create",
        "--email",
        "ada@example.com",
        "--name",
        "Ada",
        "--password-stdin",
        "--json",
      ],
      {
        input: "a long password\n",
        env,
      },
    );
    expect(owner.stderr).toBe("");
    expect(JSON.parse(owner.stdout)).toMatchObject({ email: "ada@example.com", owner: true });

    const token = runCli(["token", "create", "--json"], { env });
    expect(token.status).toBe(0);
    expect(JSON.parse(token.stdout).token).toMatch(/^wp_[\w-]{20,}$/);

    const second = runCli(
      ["user", "create", "--email", "bo@example.com", "--name", "Bo", "--password-stdin"],
      {
        input: "another password",
        env,
      },
    );
    expect(second.status).toBe(0);
    const ambiguous = runCli(["token", "create"], { env });
    expect(ambiguous.status).toBe(1);
    expect(ambiguous.stderr.trim()).toBe("warmpath: several users: pass --email");
    const forBo = runCli(["token", "create", "--email", "bo@example.com"], { env });
    expect(forBo.status).toBe(0);
    expect(forBo.stdout.trim()).toMatch(/^wp_/);

    const duplicate = runCli(
      ["user", "create", "--email", "ADA@example.com", "--name", "A", "--password-stdin"],
      {
        input: "a long password",
        env,
      },
    );
    expect(duplicate.status).toBe(1);
    expect(duplicate.stderr).toMatch(/already exists/);

    const reset = runCli(
      ["user", "reset-password", "--email", "bo@example.com", "--password-stdin"],
      {
        input: "a brand new password",
        env,
      },
    );
    expect(reset.stdout.trim()).toBe("Password reset for bo@example.com");
    const unknown = runCli(
      ["user", "reset-password", "--email", "nobody@example.com", "--password-stdin"],
      {
        input: "a brand new password",
        env,
      },
    );
    expect(unknown.status).toBe(1);
    expect(unknown.stderr.trim()).toBe("warmpath: no user with e-mail nobody@example.com");
  });

  it("rejects bad arguments with one line and a non-zero exit", () => {
    const missing = runCli(["user", "create", "--name", "X", "--password-stdin"]);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/--email/);
    const weak = runCli(
      ["user", "create", "--email", "x@example.com", "--name", "X", "--password-stdin"],
      {
        input: "short",
        env: { WARMPATH_DATA_DIR: dataDir() },
      },
    );
    expect(weak.status).toBe(2);
    expect(weak.stderr.trim()).toBe("warmpath: password: must be at least 8 characters");
  });

  it("refuses a second process on a locked data directory with a one-line error", async () => {
    const dir = dataDir();
    const server = startCliServer({ WARMPATH_DATA_DIR: dir });
    try {
      const url = await server.ready;
      expect((await fetch(`${url}/api/health`)).status).toBe(200);
      const second = runCli(["token", "create"], { env: { WARMPATH_DATA_DIR: dir } });
      expect(second.status).toBe(1);
      const lines = second.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`is in use by process ${server.child.pid}`);
      // The server is unharmed.
      expect((await fetch(`${url}/api/health`)).status).toBe(200);
    } finally {
      await server.stop();
    }
    // Once the holder stops, the directory opens again.
    const after = runCli(["token", "create"], { env: { WARMPATH_DATA_DIR: dir } });
    expect(after.stderr).toMatch(/no user yet/);
  });

  it("takes over a lock left by a process that died", () => {
    const dir = dataDir();
    fs.writeFileSync(
      path.join(dir, "warmpath.lock"),
      JSON.stringify({
        pid: 2 ** 22 + 17,
        host: os.hostname(),
        command: "warmpath serve",
        startedAt: "2026-01-01T00:00:00Z",
      }),
    );
    const res = runCli(["token", "create"], { env: { WARMPATH_DATA_DIR: dir } });
    expect(res.stderr).toMatch(/no user yet/);
  });

  it("gives a clear error for an unreachable DATABASE_URL", () => {
    const res = runCli(["token", "create"], {
      env: { DATABASE_URL: "postgres://postgres@127.0.0.1:1/warmpath" },
    });
    expect(res.status).toBe(1);
    const lines = res.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^warmpath: cannot reach PostgreSQL at postgres:\/\/postgres@127\.0\.0\.1:1\/warmpath/,
    );
    const smtp = runCli(["serve"], {
      env: { WARMPATH_DATA_DIR: dataDir(), SMTP_URL: "http://mail.example.com" },
    });
    expect(smtp.status).toBe(1);
    expect(smtp.stderr.trim()).toBe(
      "warmpath: SMTP_URL: protocol must be smtp: or smtps:, not http:",
    );
    const bad = runCli(["serve"], { env: { DATABASE_URL: "mysql://nope" } });
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe(
      "warmpath: DATABASE_URL: must start with postgres:// or postgresql://",
    );
  });

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))(
    "serves from a PostgreSQL server given DATABASE_URL",
    async () => {
      const pg = (await import("pg")).default;
      const base = process.env.TEST_DATABASE_URL!;
      const name = `warmpath_cli_${process.pid}`;
      const admin = new pg.Client({ connectionString: base });
      await admin.connect();
      await admin.query(`drop database if exists ${name}`);
      await admin.query(`create database ${name}`);
      const url = new URL(base);
      url.pathname = `/${name}`;
      const server = startCliServer({ DATABASE_URL: url.toString() });
      try {
        const listening = await server.ready;
        expect(await (await fetch(`${listening}/api/health`)).json()).toEqual({
          status: "ok",
          database: "postgres",
        });
        // With a server database there is no directory lock: the CLI works beside it.
        const created = runCli(
          [
            "user",
            "create",
            "--email",
            "pg@example.com",
            "--name",
            "Pg",
            "--password-stdin",
            "--json",
          ],
          {
            input: "a long password",
            env: { DATABASE_URL: url.toString() },
          },
        );
        expect(JSON.parse(created.stdout)).toMatchObject({ owner: true });
      } finally {
        await server.stop();
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      }
    },
  );
});
