// Production build: the web app (Vite) into dist/web and the server + CLI (esbuild) into
// dist/cli.mjs. A bundled server starts in ~0.4 s; running the sources through tsx takes ~1 s.
import { build as esbuild } from "esbuild";
import { build as viteBuild } from "vite";

const only = process.argv[2];
if (only !== "server") await viteBuild({ logLevel: "warn" });
if (only !== "web") {
  await esbuild({
    entryPoints: ["src/cli/main.ts"],
    outfile: "dist/cli.mjs",
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: true,
    logLevel: "warning",
  });
}
