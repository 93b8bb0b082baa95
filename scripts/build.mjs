// Production build: the web app (Vite) into dist/web and the server + CLI (esbuild) into
// dist/cli.mjs. A bundled server starts in ~0.4 s; running the sources through tsx takes ~1 s.
import fs from "node:fs";
import { build as esbuild } from "esbuild";
import { build as viteBuild } from "vite";

const only = process.argv[2];
if (only !== "server") await viteBuild({ logLevel: "warn" });
if (only !== "web") {
  fs.rmSync("dist/chunks", { recursive: true, force: true });
  await esbuild({
    entryPoints: ["src/cli/main.ts"],
    outdir: "dist",
    entryNames: "cli",
    chunkNames: "chunks/[name]-[hash]",
    outExtension: { ".js": ".mjs" },
    // Lazy imports (the method engine, e-mail, commands) become chunks loaded on use.
    splitting: true,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: true,
    logLevel: "warning",
  });
}
