import { runCli } from "./run-cli.ts";

const io = {
  out: (text: string) => process.stdout.write(`${text}\n`),
  err: (text: string) => process.stderr.write(`${text}\n`),
  isTty: process.stderr.isTTY === true,
  env: process.env,
};

process.exitCode = await runCli(process.argv.slice(2), io);
