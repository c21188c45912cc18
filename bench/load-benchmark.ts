/**
 * Load throughput end to end (read + parse + store) on a generated city-sized corpus, loaded as
 * `tertial load <corpus folder>` loads it: one loadPaths call, parse workers when it pays.
 *
 *   npm run bench:load -- [--count 1000] [--workers N] [--out bench/out/corpus] [--db bench/out/bench.db] [--keep]
 *
 * Prints MB/s of report text, reports/s, parse time (summed over workers) and save time (the loading
 * thread), peak RSS, the database size and the latency of a few per-question queries on the loaded database.
 */
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  findActivities,
  findIndicators,
  listReports,
  openDatabase,
  readCatalogue,
  repoPath,
  searchText,
} from "@tertial/store";
import type { LoadTimings } from "@tertial/loader";
import { type CorpusEntry, hasSidecars, loadCorpus, makeCorpus } from "./make-corpus.ts";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "1000" },
    workers: { type: "string" },
    out: { type: "string", default: "bench/out/corpus" },
    db: { type: "string", default: "bench/out/bench.db" },
    keep: { type: "boolean", default: false },
  },
});
const outDir = repoPath(values.out);
const dbPath = repoPath(values.db);
const count = Number(values.count);

const manifestPath = join(outDir, "manifest.json");
let entries: CorpusEntry[] = existsSync(manifestPath)
  ? (JSON.parse(readFileSync(manifestPath, "utf8")) as CorpusEntry[])
  : [];
if (entries.length !== count || !hasSidecars(outDir, entries)) entries = makeCorpus(outDir, count);
for (const suffix of ["", "-wal", "-shm"]) rmSync(dbPath + suffix, { force: true });

const loadTimings: LoadTimings = { workers: 0, workerFiles: 0, parseMs: 0, saveMs: 0 };
const cpuStart = process.cpuUsage();
const start = performance.now();
const summary = await loadCorpus(outDir, dbPath, {
  timings: loadTimings,
  ...(values.workers === undefined ? {} : { workers: Number(values.workers) }),
});
const totalMs = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);

const bytes = summary.bytes;
const loaded = summary.added + summary.replaced;
const failed = summary.files.filter((f) => f.outcome === "failed");
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
  "findIndicators(2 reports, off-track)": timings((i) =>
    findIndicators(db, { reportIds: pick(i), statuses: ["off-track", "at-risk"] }),
  ),
  "findIndicators(name, all reports)": timings(() => findIndicators(db, { names: ["Sjukfrånvaro"] })),
  "findActivities(2 reports, deviating)": timings((i) =>
    findActivities(db, { reportIds: pick(i), deviatingOnly: true }),
  ),
  'searchText("forsenad", 20)': timings(() => searchText(db, "forsenad", 20)),
  "listReports()": timings(() => listReports(db), 50),
  "readCatalogue()": timings(() => readCatalogue(db), 10),
};
db.close();

console.log(`reports: ${loaded} loaded, ${failed.length} failed, of ${entries.length}`);
for (const file of failed.slice(0, 5)) console.log(`  failed ${file.path}: ${file.error?.split("\n")[0]}`);
console.log(
  `text: ${mb.toFixed(1)} MB in ${(totalMs / 1000).toFixed(1)} s = ${(mb / (totalMs / 1000)).toFixed(1)} MB/s, ${(loaded / (totalMs / 1000)).toFixed(0)} reports/s`,
);
const share = (ms: number) =>
  `${(ms / 1000).toFixed(1)} s (${((ms / totalMs) * 100).toFixed(0)} % of the wall time, ${(ms / entries.length).toFixed(1)} ms/report)`;
console.log(
  `parse workers: ${loadTimings.workers} (${loadTimings.workerFiles} files parsed in them); parse: ${share(loadTimings.parseMs)}; save: ${share(loadTimings.saveMs)}`,
);
console.log(
  `CPU (every thread of the process): ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s = ${((cpu.user + cpu.system) / 1e3 / entries.length).toFixed(1)} ms/report (user ${(cpu.user / 1e6).toFixed(1)} s, system ${(cpu.system / 1e6).toFixed(1)} s), ${((cpu.user + cpu.system) / 1e3 / totalMs).toFixed(2)} cores busy on average`,
);
console.log(`peak RSS: ${peakRssMb.toFixed(0)} MB; database: ${(statSync(dbPath).size / 1e6).toFixed(0)} MB`);
for (const [name, result] of Object.entries(queries)) console.log(`  ${name}: ${result}`);
if (!values.keep) for (const suffix of ["", "-wal", "-shm"]) rmSync(dbPath + suffix, { force: true });
