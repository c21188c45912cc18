#!/usr/bin/env node
// The `tertial` command: runs the compiled CLI (apps/cli/dist, from `npm run build`).
// From the sources without a build: npm run tertial -- <command>.
import { existsSync } from "node:fs";

const main = new URL("../dist/main.js", import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('tertial: the CLI is not built. Run "npm run build", or "npm run tertial -- <command>".\n');
  process.exit(1);
}
await import(main.href);
