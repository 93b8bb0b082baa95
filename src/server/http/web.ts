import fs from "node:fs";
import path from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import type { AppEnv } from "./env.ts";

/**
 * Serves the built web app from `webDir`, with the SPA fallback: any other path that is not
 * under /api gets index.html so that client-side routes survive a reload.
 */
export function webApp(webDir: string) {
  const app = new Hono<AppEnv>();
  const indexFile = path.join(webDir, "index.html");
  const root = path.relative(process.cwd(), webDir) || ".";
  // Without a build (API tests), skip static serving; the fallback below explains.
  if (!fs.existsSync(webDir)) {
    app.get("*", (c) => c.text("The web app is not built yet: run `npm run build`.", 503));
    return app;
  }
  app.use(
    "/assets/*",
    serveStatic({
      root,
      onFound: (_path, c) => {
        // Vite's asset names carry a content hash: cache them for a year.
        c.header("Cache-Control", "public, max-age=31536000, immutable");
      },
    }),
  );
  app.use("*", serveStatic({ root }));
  app.get("*", (c) => {
    if (!fs.existsSync(indexFile)) {
      return c.text("The web app is not built yet: run `npm run build`.", 503);
    }
    c.header("Cache-Control", "no-cache");
    return c.html(fs.readFileSync(indexFile, "utf8"));
  });
  return app;
}
