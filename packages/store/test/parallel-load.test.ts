import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readReportFile } from "@tertial/parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type LoadEvent,
  type LoadSummary,
  type LoadTimings,
  loadPaths,
  openDatabase,
  readReport,
} from "../src/index.ts";
import { parseFile } from "../src/parse-file.ts";
import { ParsePool } from "../src/parse-pool.ts";
import { makeTempDir } from "./temp-dir.ts";

/** Parse workers start in about a second each under tsx, several at once on a busy machine: no test may depend on speed. */
const WORKER_TIMEOUT = { timeout: 120_000 };

const realReports = join(import.meta.dirname, "..", "..", "..", "data", "reports");
const ORGANISATIONS = ["Bromma stadsdelsnämnd", "Farsta stadsdelsnämnd", "Kulturnämnden"];
const OWNERS = ["Östermalm", "Älvsjö", "Skärholmen"];
const SOURCES = ["norrmalm-t2-2021.txt", "socialnamnden-t1-2017.txt", "socialnamnden-t1-2020.txt"];

let dir: ReturnType<typeof makeTempDir>;

/** Nine real reports (three copies of each, told apart by the organisation in a sidecar) and two files that fail. */
beforeAll(() => {
  dir = makeTempDir();
  mkdirSync(dir.file("reports"));
  SOURCES.forEach((source, s) => {
    ORGANISATIONS.forEach((organisation, o) => {
      const name = `${s}${o}-${source}`;
      copyFileSync(join(realReports, source), dir.file(`reports/${name}`));
      writeFileSync(
        dir.file(`reports/${name}.meta.json`),
        JSON.stringify({ organisation: `${organisation} ${OWNERS[s]}` }),
      );
    });
  });
  writeFileSync(dir.file("reports/0-notes.txt"), "shopping list\n");
  writeFileSync(dir.file("reports/9-binary.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
});
afterAll(() => dir.remove());

async function load(
  dbName: string,
  workers: number,
): Promise<{ summary: LoadSummary; events: string[]; timings: LoadTimings; reports: unknown[] }> {
  const db = openDatabase(dir.file(dbName));
  const events: string[] = [];
  const record = (e: LoadEvent) =>
    events.push(
      e.type === "start"
        ? `start ${e.total}`
        : e.type === "file"
          ? `file ${e.index}`
          : `loaded ${e.index} ${e.file.outcome}`,
    );
  const timings: LoadTimings = { workers: -1, workerFiles: 0, parseMs: 0, saveMs: 0 };
  try {
    const summary = await loadPaths(db, [dir.file("reports")], { workers, onProgress: record, timings });
    const reports = summary.files.flatMap((file) => (file.reportId === null ? [] : [readReport(db, file.reportId)]));
    return { summary, events, timings, reports };
  } finally {
    db.close();
  }
}

describe("loadPaths with parse workers", () => {
  it(
    "stores, reports and sums exactly what a load in one thread does, in the same order, and a second load changes nothing",
    WORKER_TIMEOUT,
    async () => {
      const here = await load("here.db", 0);
      const parallel = await load("parallel.db", 2);
      expect([here.timings.workers, here.timings.workerFiles, parallel.timings.workers]).toEqual([0, 0, 2]);
      expect([
        parallel.summary.added,
        parallel.summary.unchanged,
        parallel.summary.replaced,
        parallel.summary.failed,
      ]).toEqual([9, 0, 0, 2]);
      expect(parallel.summary.files.map((f) => [f.path.slice(dir.path.length), f.outcome, f.reportId])).toEqual([
        ["/reports/0-notes.txt", "failed", null],
        ...SOURCES.flatMap((source, s) =>
          ORGANISATIONS.map((_, o) => [`/reports/${s}${o}-${source}`, "added", s * 3 + o + 1]),
        ),
        ["/reports/9-binary.txt", "failed", null],
      ]);
      expect(parallel.summary).toEqual(here.summary);
      expect(parallel.events).toEqual(here.events);
      expect(parallel.reports).toEqual(here.reports);
      expect(JSON.stringify(parallel.reports)).toBe(JSON.stringify(here.reports));
      const again = await load("parallel.db", 2);
      expect([again.summary.added, again.summary.unchanged, again.summary.replaced, again.summary.failed]).toEqual([
        0, 9, 0, 2,
      ]);
    },
  );

  it(
    "stops with a StoreError when the disk is full, keeping what was committed and ending its workers",
    WORKER_TIMEOUT,
    async () => {
      const db = openDatabase(dir.file("full.db"));
      try {
        db.pragma(`max_page_count = ${Number(db.pragma("page_count", { simple: true })) + 40}`);
        await expect(loadPaths(db, [dir.file("reports")], { workers: 2 })).rejects.toThrowError(
          /is full; nothing was written/,
        );
        expect(db.prepare("SELECT count(*) AS n FROM report").get()).toEqual({ n: 0 });
      } finally {
        db.close();
      }
    },
  );

  it(
    "fails a file the parser rejects with the parser's message, the same as in one thread",
    WORKER_TIMEOUT,
    async () => {
      const parallel = await load("errors.db", 1);
      expect(parallel.timings.workers).toBe(1);
      const errors = parallel.summary.files.filter((f) => f.outcome === "failed").map((f) => f.error?.split(";")[0]);
      expect(errors).toEqual([
        expect.stringMatching(/^0-notes\.txt:1: /),
        "9-binary.txt:1: the file is binary (a NUL byte at line 1), not report text",
      ]);
    },
  );
});

describe("ParsePool", () => {
  it(
    "parses and prepares every file in a worker exactly as this thread does, failures included",
    WORKER_TIMEOUT,
    async () => {
      const pool = new ParsePool(2);
      try {
        while (!pool.ready) await new Promise((resolve) => setTimeout(resolve, 20));
        const paths = readdirSync(dir.file("reports"))
          .filter((name) => name.endsWith(".txt"))
          .sort()
          .map((name) => dir.file(`reports/${name}`));
        const inWorkers = await Promise.all(paths.map((path) => pool.parse(path, undefined)));
        const here = await Promise.all(paths.map((path) => parseFile(readReportFile, true, path, undefined)));
        expect(inWorkers.map((parsed) => parsed.kind)).toEqual([
          "unreadable",
          ...Array<string>(9).fill("prepared"),
          "unreadable",
        ]);
        expect(inWorkers.map(({ parseMs: _, ...outcome }) => outcome)).toEqual(here);
      } finally {
        await pool.close();
      }
    },
  );
});
