import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { listReports, openDatabase } from "@tertial/store";
import { loadPaths } from "@tertial/loader";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeWorkspace } from "./cli-harness.ts";

const run = promisify(execFile);
const repo = join(import.meta.dirname, "..", "..", "..");
const tsx = join(repo, "node_modules", ".bin", "tsx");
const main = join(repo, "apps", "cli", "src", "main.ts");

let ws: ReturnType<typeof makeWorkspace>;
const past = new Date("2001-01-01T00:00:00Z");

/**
 * old.db: the three real reports as an older export (one line more at the end, so other checksums),
 * written before data/reports: what `ask` used to load into, replacing its reports.
 */
beforeAll(async () => {
  ws = makeWorkspace();
  mkdirSync(ws.file("older"));
  for (const name of ["norrmalm-t2-2021.txt", "socialnamnden-t1-2017.txt", "socialnamnden-t1-2020.txt"]) {
    const text = readFileSync(join(repo, "data", "reports", name), "utf8");
    writeFileSync(ws.file(`older/${name}`), `${text}\nÄldre export.\n`);
  }
  const db = openDatabase(ws.file("old.db"));
  await loadPaths(db, [ws.file("older")], { workers: 0 });
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  utimesSync(ws.file("old.db"), past, past);
}, 120_000);
afterAll(() => ws.remove());

function checksums(): string[] {
  const db = openDatabase(ws.file("old.db"), { readonly: true });
  const sums = listReports(db).map((report) => report.checksum);
  db.close();
  return sums;
}

describe("reading commands never write the database", () => {
  it.each([
    ["ask --db", ["ask", "hur går det för Norrmalm?", "--db", "old.db"], {}],
    ["ask with TERTIAL_DB", ["ask", "vilka indikatorer är försenade?"], { TERTIAL_DB: "old.db" }],
    ["reports", ["reports", "--db", "old.db"], {}],
    ["digest --preview", ["digest", "--preview", "--db", "old.db"], {}],
  ])(
    "%s against a database older than data/reports leaves its bytes as they were",
    async (_, args, viaEnv) => {
      const before = readFileSync(ws.file("old.db"));
      const sums = checksums();
      const { stdout, stderr } = await run(tsx, [main, ...args], {
        cwd: ws.path,
        env: { ...process.env, INIT_CWD: ws.path, TERTIAL_DB: viaEnv ? ws.file("old.db") : "" },
        timeout: 60_000,
      });
      expect(stdout.length).toBeGreaterThan(0);
      expect(stderr).not.toMatch(/loaded|Loaded|First use/);
      expect(readFileSync(ws.file("old.db")).equals(before)).toBe(true);
      expect(statSync(ws.file("old.db")).mtime).toEqual(past);
      expect(checksums()).toEqual(sums);
    },
    90_000,
  );
});
