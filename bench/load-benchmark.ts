/**
 * Load throughput end to end (read + parse + store) on a generated city-sized corpus.
 *
 *   npm run bench:load -- [--count 1000] [--out bench/out/corpus] [--db bench/out/bench.db] [--keep]
 *
 * Prints MB/s of report text, reports/s, the parse and store shares, peak RSS, the database size and
 * the latency of a few per-question queries on the loaded database.
 */
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { ParsedReport } from "@tertial/domain";
import { readReportFile } from "@tertial/parser";
import { findActivities, findIndicators, listReports, openDatabase, readCatalogue, repoPath, searchText, type ReportReader } from "@tertial/store";
import { type CorpusEntry, loadCorpus, makeCorpus } from "./make-corpus.ts";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "1000" },
    out: { type: "string", default: "bench/out/corpus" },
    db: { type: "string", default: "bench/out/bench.db" },
    keep: { type: "boolean", default: false },
  },
});
const outDir = repoPath(values.out);
const dbPath = repoPath(values.db);
const count = Number(values.count);

const manifestPath = join(outDir, "manifest.json");
let entries: CorpusEntry[] = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, "utf8")) as CorpusEntry[]) : [];
if (entries.length !== count) entries = makeCorpus(outDir, count);
for (const suffix of ["", "-wal", "-shm"]) rmSync(dbPath + suffix, { force: true });

let parseMs = 0;
const timedRead: ReportReader = async (path, identity) => {
  const start = performance.now();
  const report: ParsedReport = await readReportFile(path, identity);
  parseMs += performance.now() - start;
  return report;
};

const start = performance.now();
const summaries = await loadCorpus(outDir, entries, dbPath, timedRead);
const totalMs = performance.now() - start;

const bytes = summaries.reduce((n, s) => n + s.bytes, 0);
const loaded = summaries.reduce((n, s) => n + s.added + s.replaced, 0);
const failed = summaries.flatMap((s) => s.files.filter((f) => f.outcome === "failed"));
const peakRssMb = process.resourceUsage().maxRSS / 1024;
const mb = bytes / 1e6;

const db = openDatabase(dbPath, { readonly: true });
const reports = listReports(db);
const ids = reports.map((r) => r.id);
const timings = (fn: (i: number) => unknown, n = 200): string => {
  const samples: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const t = performance.now();
    fn(i);
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return `p50 ${(samples[Math.floor(n / 2)] ?? 0).toFixed(2)} ms, p95 ${(samples[Math.floor(n * 0.95)] ?? 0).toFixed(2)} ms`;
};
const pick = (i: number): number[] => [ids[(i * 7919) % ids.length] ?? 1, ids[(i * 104729) % ids.length] ?? 1];
const queries = {
  "findIndicators(2 reports, off-track)": timings((i) => findIndicators(db, { reportIds: pick(i), statuses: ["off-track", "at-risk"] })),
  "findIndicators(name, all reports)": timings(() => findIndicators(db, { names: ["Sjukfrånvaro"] })),
  "findActivities(2 reports, deviating)": timings((i) => findActivities(db, { reportIds: pick(i), deviatingOnly: true })),
  "searchText(\"forsenad\", 20)": timings(() => searchText(db, "forsenad", 20)),
  "listReports()": timings(() => listReports(db), 50),
  "readCatalogue()": timings(() => readCatalogue(db), 10),
};
db.close();

console.log(`reports: ${loaded} loaded, ${failed.length} failed, of ${entries.length}`);
for (const file of failed.slice(0, 5)) console.log(`  failed ${file.path}: ${file.error?.split("\n")[0]}`);
console.log(`text: ${mb.toFixed(1)} MB in ${(totalMs / 1000).toFixed(1)} s = ${(mb / (totalMs / 1000)).toFixed(1)} MB/s, ${(loaded / (totalMs / 1000)).toFixed(0)} reports/s`);
console.log(`parse: ${(parseMs / 1000).toFixed(1)} s (${((parseMs / totalMs) * 100).toFixed(0)} %, ${(mb / (parseMs / 1000)).toFixed(1)} MB/s); store: ${((totalMs - parseMs) / 1000).toFixed(1)} s (${(((totalMs - parseMs) / totalMs) * 100).toFixed(0)} %, ${(mb / ((totalMs - parseMs) / 1000)).toFixed(1)} MB/s)`);
console.log(`peak RSS: ${peakRssMb.toFixed(0)} MB; database: ${(statSync(dbPath).size / 1e6).toFixed(0)} MB`);
for (const [name, result] of Object.entries(queries)) console.log(`  ${name}: ${result}`);
if (!values.keep) for (const suffix of ["", "-wal", "-shm"]) rmSync(dbPath + suffix, { force: true });
