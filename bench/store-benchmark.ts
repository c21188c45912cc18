/**
 * The writer alone: what storing costs when parsing is free. Parses and prepares a sample of the
 * generated corpus first (untimed), then stores it `passes` times into a fresh database on disk
 * with the load's own pragmas (every pass under new identities, so every save adds), then replaces
 * the last pass. SQLite lets one connection write a database at a time, so this is the floor of a
 * load on any number of cores: a load cannot store reports faster than this thread does here.
 *
 *   npx tsx --conditions=tertial-source bench/store-benchmark.ts [--sample 100] [--passes 10] [--without-fts] [--without-passages] [--out bench/out/corpus] [--db bench/out/store-bench.db]
 *
 * --without-fts swaps the full-text table for a view whose inserts do nothing (same calls, no
 * index), to show what full-text indexing costs. Prints wall and CPU ms per save, and the MB/s of
 * report text that rate would allow.
 */
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { ParsedReport } from "@tertial/domain";
import { readReportFile } from "@tertial/parser";
import {
  openDatabase,
  type PreparedReport,
  prepareReport,
  repoPath,
  savePreparedReport,
  withLoadPragmas,
} from "@tertial/store";
import { type CorpusEntry, makeCorpus } from "./make-corpus.ts";

const { values } = parseArgs({
  options: {
    sample: { type: "string", default: "100" },
    passes: { type: "string", default: "10" },
    "without-fts": { type: "boolean", default: false },
    "without-passages": { type: "boolean", default: false },
    out: { type: "string", default: "bench/out/corpus" },
    db: { type: "string", default: "bench/out/store-bench.db" },
  },
});
const outDir = repoPath(values.out);
const dbPath = repoPath(values.db);
const sample = Number(values.sample);
const passes = Number(values.passes);

const manifestPath = join(outDir, "manifest.json");
let entries: CorpusEntry[] = existsSync(manifestPath)
  ? (JSON.parse(readFileSync(manifestPath, "utf8")) as CorpusEntry[])
  : [];
if (entries.length < sample) entries = makeCorpus(outDir, sample);
const prepared: PreparedReport[] = [];
let textBytes = 0;
for (const entry of entries.slice(0, sample)) {
  const path = join(outDir, entry.file);
  textBytes += statSync(path).size;
  const parsed = await readReportFile(path, entry.identity ?? undefined);
  // --without-passages stores the same reports without their prose: what the passage index costs.
  prepared.push(prepareReport(values["without-passages"] ? { ...parsed, passages: [] } : parsed, { validated: true }));
}
const bytesPerReport = textBytes / prepared.length;

const removeDb = () => {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(dbPath + suffix, { force: true });
};
removeDb();
const db = openDatabase(dbPath);
if (values["without-fts"]) {
  db.exec(`DROP TRIGGER text_entry_deleted; DROP TABLE text_search;
    CREATE VIEW text_search (rowid, exact, folded) AS SELECT NULL, NULL, NULL WHERE 0;
    CREATE TRIGGER text_search_ignored INSTEAD OF INSERT ON text_search BEGIN SELECT 1; END;`);
}

/** Pass p stores sample report i under year 1000 + p × sample + i and a new file name: always a new report. */
const relabel = (report: ParsedReport, pass: number, index: number, checksum: string): ParsedReport => ({
  ...report,
  year: 1000 + pass * sample + index,
  sourceFile: `p${pass}-${report.sourceFile}`,
  checksum,
});

interface Timing {
  wallMs: number[];
  cpuMs: number;
}

function store(
  label: string,
  passList: readonly number[],
  checksumOf: (report: ParsedReport) => string,
  expected: string,
): Timing {
  const wallMs: number[] = [];
  const cpuStart = process.cpuUsage();
  for (const pass of passList) {
    for (const [index, { report, folded }] of prepared.entries()) {
      const input = { report: relabel(report, pass, index, checksumOf(report)), folded };
      const start = performance.now();
      const { outcome } = savePreparedReport(db, input);
      wallMs.push(performance.now() - start);
      if (outcome !== expected) throw new Error(`${label}: expected ${expected}, got ${outcome}`);
    }
  }
  const cpu = process.cpuUsage(cpuStart);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function report(label: string, { wallMs, cpuMs }: Timing): void {
  const n = wallMs.length;
  const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / Math.max(1, list.length);
  const sorted = [...wallMs].sort((a, b) => a - b);
  const wall = mean(wallMs);
  console.log(
    `${label}: ${n} saves, wall ${wall.toFixed(2)} ms/report (p50 ${(sorted[Math.floor(n / 2)] ?? 0).toFixed(2)}, ` +
      `last ${sample}: ${mean(wallMs.slice(-sample)).toFixed(2)}), CPU ${(cpuMs / n).toFixed(2)} ms/report; ` +
      `at this rate the writer alone stores ${(bytesPerReport / 1e3 / wall).toFixed(1)} MB/s of report text`,
  );
}

const passList = Array.from({ length: passes }, (_, pass) => pass);
await withLoadPragmas(db, async () => {
  report(
    "add",
    store("add", passList, (r) => r.checksum, "added"),
  );
  report(
    "replace",
    store("replace", passList.slice(-1), () => "f".repeat(64), "replaced"),
  );
});
db.close();
console.log(
  `${values["without-fts"] ? "without full-text index; " : ""}${values["without-passages"] ? "without passages; " : ""}report text ${(bytesPerReport / 1e3).toFixed(0)} kB/report; ` +
    `database: ${(statSync(dbPath).size / 1e6).toFixed(0)} MB for ${sample * passes} reports`,
);
removeDb();
