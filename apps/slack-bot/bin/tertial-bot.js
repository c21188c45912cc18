#!/usr/bin/env node
// `npm start`: runs the compiled bot (apps/slack-bot/dist, from `npm run build`).
// From the sources without a build: npm run dev:bot.
import { existsSync } from "node:fs";

const main = new URL("../dist/main.js", import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('tertial bot: not built. Run "npm run build" first, or "npm run dev:bot" for the sources.\n');
  process.exit(1);
}
await import(main.href);
