/**
 * Store cost alone: parses a sample of the generated corpus once, then times saveReport of those
 * reports into a fresh database (new identities each pass, so every save adds), then replaces of
 * the same reports (changed checksum), so parser time and noise are left out.
 *
 *   npx tsx bench/store-benchmark.ts [--sample 20] [--passes 5] [--out bench/out/corpus] [--db bench/out/store-bench.db]
 *
 * Prints ms per report for adds and replaces, and the database size.
 */
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { ParsedReport } from "@tertial/domain";
import { readReportFile } from "@tertial/parser";
import { openDatabase, repoPath, saveReport } from "@tertial/store";
import { type CorpusEntry, makeCorpus } from "./make-corpus.ts";

const { values } = parseArgs({
  options: {
    sample: { type: "string", default: "20" },
    passes: { type: "string", default: "5" },
    out: { type: "string", default: "bench/out/corpus" },
    db: { type: "string", default: "bench/out/store-bench.db" },
  },
});
const outDir = repoPath(values.out);
const dbPath = repoPath(values.db);
const sample = Number(values.sample);
const passes = Number(values.passes);

const manifestPath = join(outDir, "manifest.json");
let entries: CorpusEntry[] = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, "utf8")) as CorpusEntry[]) : [];
if (entries.length < sample) entries = makeCorpus(outDir, sample);
const reports: ParsedReport[] = [];
for (const entry of entries.slice(0, sample)) reports.push(await readReportFile(join(outDir, entry.file), entry.identity ?? undefined));

const removeDb = () => {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(dbPath + suffix, { force: true });
};
removeDb();
const db = openDatabase(dbPath);

/** Pass p stores each report under year 2000 + p, so every save of a pass adds a new report. */
const relabel = (report: ParsedReport, pass: number, checksum: string): ParsedReport => ({
  ...report,
  year: 2000 + pass,
  sourceFile: `p${pass}-${report.sourceFile}`,
  checksum,
});

const time = (label: string, make: (report: ParsedReport, pass: number) => ParsedReport, expected: string): void => {
  const samples: number[] = [];
  for (let pass = 0; pass < passes; pass += 1) {
    for (const report of reports) {
      const input = make(report, pass);
      const start = performance.now();
      const { outcome } = saveReport(db, input);
      samples.push(performance.now() - start);
      if (outcome !== expected) throw new Error(`expected ${expected}, got ${outcome}`);
    }
  }
  const total = samples.reduce((a, b) => a + b, 0);
  samples.sort((a, b) => a - b);
  const mean = total / samples.length;
  const p50 = samples[Math.floor(samples.length / 2)] ?? 0;
  console.log(`${label}: ${samples.length} saves, mean ${mean.toFixed(2)} ms/report, p50 ${p50.toFixed(2)} ms`);
};

time("add", (report, pass) => relabel(report, pass, report.checksum), "added");
time("replace", (report, pass) => relabel(report, pass, "f".repeat(64)), "replaced");
db.close();
console.log(`database: ${(statSync(dbPath).size / 1e6).toFixed(0)} MB for ${sample * passes} reports`);
removeDb();
