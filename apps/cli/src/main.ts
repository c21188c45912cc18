import { repoPath } from "@tertial/store";
import { DotEnvError, loadDotEnv } from "./dot-env.ts";
import { runCli } from "./run-cli.ts";

// A .env at the repository root is read if present, as the bot reads it; variables already set win.
try {
  loadDotEnv(repoPath(".env"), process.env);
} catch (error) {
  if (!(error instanceof DotEnvError)) throw error;
  process.stderr.write(`tertial: ${error.message}\n`);
  process.exit(1);
}

// A closed pipe (`tertial export --json | head`) ends the command quietly, not with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const io = {
  out: (text: string) => process.stdout.write(`${text}\n`),
  err: (text: string) => process.stderr.write(`${text}\n`),
  isTty: process.stderr.isTTY === true,
  env: process.env,
};

process.exitCode = await runCli(process.argv.slice(2), io);
