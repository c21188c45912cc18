/**
 * Parser speed on the real reports: parses each file in data/reports/ repeatedly in one process after
 * a warm-up and prints ms per report (wall clock, and the process's CPU time per report, which a busy
 * machine disturbs less) and MB/s.
 *
 *   npx tsx --conditions=tertial-source bench/parse-profile.ts [--runs 30] [--warmup 30] [--dump DIR]
 *
 * With --dump, also writes JSON.stringify(readReportFile(path)) of each report to DIR/<name>.json,
 * so outputs before and after a parser change can be compared byte for byte.
 * For hot spots: node --conditions=tertial-source --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/parse-profile.ts
 */
import { readdirSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { readReportFile } from "@tertial/parser";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "30" },
    warmup: { type: "string", default: "30" },
    dir: { type: "string", default: "data/reports" },
    dump: { type: "string" },
  },
});
const runs = Number(values.runs);
const warmup = Number(values.warmup);
const files = readdirSync(values.dir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => join(values.dir, name));

if (values.dump !== undefined) {
  for (const path of files) {
    const json = JSON.stringify(await readReportFile(path));
    writeFileSync(join(values.dump, `${basename(path, ".txt")}.json`), json);
  }
}

let totalBytes = 0;
let totalMs = 0;
for (const path of files) {
  const bytes = statSync(path).size;
  for (let i = 0; i < warmup; i += 1) await readReportFile(path);
  const samples: number[] = [];
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await readReportFile(path);
    samples.push(performance.now() - start);
  }
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000 / runs;
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((n, ms) => n + ms, 0) / samples.length;
  const median = samples[Math.floor(samples.length / 2)] ?? 0;
  totalBytes += bytes * runs;
  totalMs += mean * runs;
  console.log(
    `${basename(path)}: ${(bytes / 1e3).toFixed(0)} kB, mean ${mean.toFixed(1)} ms, median ${median.toFixed(1)} ms, min ${(samples[0] ?? 0).toFixed(1)} ms, cpu ${cpuMs.toFixed(1)} ms`,
  );
}
console.log(`all: ${(totalBytes / 1e6 / (totalMs / 1000)).toFixed(1)} MB/s`);
