import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { Hono } from "hono";
import type { AppEnv } from "./env.ts";

const require = createRequire(import.meta.url);
const swaggerDir = path.dirname(require.resolve("swagger-ui-dist/package.json"));

const ASSETS: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
};

// The initializer is a file, not an inline script, so the page obeys the strict CSP.
const INIT = `window.addEventListener("load", () => {
  window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#api", deepLinking: true });
});
`;

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Warmpath API reference</title><link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><main id="api"></main><script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/assets/init.js"></script></body></html>`;

/** The readable API reference: Swagger UI over the generated OpenAPI document, served locally. */
export const apiDocs = new Hono<AppEnv>()
  .get("/", (c) => c.html(PAGE))
  .get("/assets/init.js", (c) => c.body(INIT, 200, { "content-type": "text/javascript" }))
  .get("/assets/:file", async (c) => {
    const file = c.req.param("file");
    const type = ASSETS[file];
    if (!type) return c.notFound();
    const body = await fs.readFile(path.join(swaggerDir, file));
    return c.body(body, 200, { "content-type": type, "cache-control": "public, max-age=86400" });
  });
