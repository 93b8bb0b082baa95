import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test as base, expect, type Page } from "@playwright/test";

type Server = { url: string; dataDir: string };

/**
 * Each test gets its own real server (the production build, `node dist/cli.mjs serve`) on a
 * fresh embedded database, so every journey starts as a new user would, whatever ran before
 * it in the same worker. `serverEnv` adds environment variables for it (e.g. `SMTP_URL` of a
 * test mail server).
 */
export const test = base.extend<{ server: Server }, { serverEnv: Record<string, string> }>({
  serverEnv: [{}, { scope: "worker", option: true }],
  server: [
    async ({ serverEnv }, use) => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "warmpath-e2e-"));
      const child = spawn(process.execPath, ["dist/cli.mjs", "serve"], {
        env: {
          ...process.env,
          ...serverEnv,
          PORT: "0",
          WARMPATH_DATA_DIR: dataDir,
          LOG_LEVEL: "warn",
        },
        stdio: ["ignore", "pipe", "inherit"],
      });
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          const match = out.match(/running at (http:\/\/\S+)/);
          if (match?.[1]) resolve(match[1]);
        });
        child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
      });
      await use({ url, dataDir });
      await new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      });
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
    { scope: "test" },
  ],
  baseURL: async ({ server }, use) => use(server.url),
});

export { expect };

export const owner = {
  name: "Amara Okafor",
  email: "amara@example.com",
  password: "rehearse-aloud-2026",
};

/** Creates the first account through the set-up page (or signs in if it exists). */
export async function signIn(page: Page): Promise<void> {
  await page.goto("/");
  const setup = page.getByRole("heading", { name: /create your account/i });
  const login = page.getByRole("heading", { name: /sign in/i });
  await expect(setup.or(login)).toBeVisible();
  if (await setup.isVisible()) {
    await page.getByLabel(/name/i).first().fill(owner.name);
    await page.getByLabel(/e-?mail/i).fill(owner.email);
    await page
      .getByLabel(/password/i)
      .and(page.locator("input"))
      .fill(owner.password);
    await page.getByRole("button", { name: /create/i }).click();
  } else {
    await page.getByLabel(/e-?mail/i).fill(owner.email);
    await page
      .getByLabel(/password/i)
      .and(page.locator("input"))
      .fill(owner.password);
    await page.getByRole("button", { name: /sign in/i }).click();
  }
  await expect(page.getByRole("navigation")).toBeVisible();
}
