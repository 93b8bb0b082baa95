#!/usr/bin/env node
// Entry of the `warmpath` command: runs the TypeScript CLI through tsx's loader so that
// `npx warmpath` works from a checkout without a separate build step.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
