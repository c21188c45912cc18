import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, saveReport } from "@tertial/store";
import type { CliIo, Command } from "../src/command.ts";
import { runCli } from "../src/run-cli.ts";
import { fakeReader, writeFakeReport } from "./fake-reader.ts";

export interface Run {
  code: number;
  out: string;
  err: string;
}

/** A temp folder standing in for the user's working directory, with a reports/ folder inside. */
export function makeWorkspace(): { path: string; file(name: string): string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), "tertial-cli-"));
  mkdirSync(join(path, "reports"));
  return { path, file: (name) => join(path, name), remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Runs `tertial <argv>` through the real error edge, with `cwd` as the user's folder and no TTY. */
export async function run(
  commands: readonly Command[],
  argv: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), isTty: false, env: { INIT_CWD: cwd, ...env } };
  const code = await runCli(argv, io, commands);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** A workspace whose t.db holds one fake Socialnämnden report (written to reports/socialnamnden.txt). */
export async function makeWorkspaceWithReport(): Promise<ReturnType<typeof makeWorkspace>> {
  const ws = makeWorkspace();
  const db = openDatabase(ws.file("t.db"));
  try {
    await writeFakeReport(ws.file("reports/socialnamnden.txt"), { organisation: "Socialnämnden" });
    saveReport(db, await fakeReader(ws.file("reports/socialnamnden.txt")));
  } finally {
    db.close();
  }
  return ws;
}

/** A loader stand-in for commands under test: the database is already there. */
export const noLoad = { ensureLoaded: () => Promise.resolve(null) };
