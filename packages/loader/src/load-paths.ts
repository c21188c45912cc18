import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename } from "node:path";
import type { Db } from "@tertial/store";
import { RefusedReportError, refusal, savePreparedReport, withLoadPragmas } from "@tertial/store";
import type { LoadedFile, LoadOptions, LoadSummary, ReportReader } from "./load-types.ts";
import { parseFile } from "./parse-file.ts";
import { type Parsed, ParsePool } from "./parse-pool.ts";
import { listReportEntries } from "./report-files.ts";

/** Below this many files, starting parse workers costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 8;
/**
 * A pause after each report's transaction, so another process's short writes (the Slack bot recording an
 * event or a thread's context) find the write lock free instead of waiting until the whole load is done.
 */
const WRITER_GAP_MS = 10;
/** Files parsed ahead of the one being stored, per worker: enough to keep workers busy, few enough to bound memory. */
const AHEAD_PER_WORKER = 2;

/**
 * Loads report files and folders, each report in its own transaction. A report that cannot be read,
 * parsed or validated is counted as failed and leaves the database as it was; the others still load.
 * A missing path throws before anything loads; a database failure (disk full, read-only) throws
 * StoreError and stops the load, keeping the reports already committed. Folder entries that are not
 * regular files, bad symlinks, files over the size limit and names ending in .TXT are counted as failed
 * with their reason and never opened; the replacement guard's refusals (a text that repeats itself, a
 * shorter version of a stored report, a second file of the same report in one load) fail that file only.
 *
 * With the parser's own reader and enough files, parse workers read and parse the next files while
 * this thread stores the current one; files are still stored, reported and summed in order.
 */
export async function loadPaths(db: Db, paths: readonly string[], options: LoadOptions = {}): Promise<LoadSummary> {
  const entries = listReportEntries(paths, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes });
  const files = entries.flatMap((entry) => (entry.skip === null ? [entry.path] : []));
  const summary: LoadSummary = {
    added: 0,
    unchanged: 0,
    replaced: 0,
    failed: 0,
    files: [],
    warnings: [],
    bytes: 0,
    counts: { goals: 0, indicators: 0, activities: 0, budgetLines: 0, budgetRequests: 0 },
  };
  const workers = options.read ? 0 : (options.workers ?? defaultWorkers(files.length));
  const timings = options.timings;
  if (timings) timings.workers = workers;
  const parse = await startParsing(files, options, workers);
  const total = entries.length;
  const stored = new Map<string, string>();
  options.onProgress?.({ type: "start", total });
  try {
    await withLoadPragmas(db, async () => {
      let fileIndex = 0;
      for (const [index, { path, skip }] of entries.entries()) {
        options.onProgress?.({ type: "file", index, total, path });
        let file: LoadedFile;
        if (skip !== null) {
          file = { path, outcome: "failed", reportId: null, error: skip, bytes: 0 };
        } else {
          const parsed = await parse.next(fileIndex, path);
          fileIndex += 1;
          if (timings) {
            timings.parseMs += parsed.parseMs;
            if (parsed.inWorker) timings.workerFiles += 1;
          }
          const start = performance.now();
          file = storeOne(db, path, parsed, summary, { stored, replace: options.replace === true });
          if (timings) timings.saveMs += performance.now() - start;
          if (file.outcome === "added" || file.outcome === "replaced") await pause(WRITER_GAP_MS);
        }
        summary.files.push(file);
        summary.bytes += file.bytes;
        summary[file.outcome] += 1;
        options.onProgress?.({ type: "loaded", index, total, file });
      }
    });
  } finally {
    await parse.close();
  }
  return summary;
}

interface Parser {
  /** The parse of files[index] (`path`); called once per file, in order. */
  next(index: number, path: string): Promise<Parsed & { inWorker: boolean }>;
  close(): Promise<void>;
}

/**
 * Parses in this thread, or in `workers` parse workers reading up to AHEAD_PER_WORKER files per
 * worker ahead of the one being stored. Workers take a second to start under tsx; until one is
 * ready, this thread parses the files itself, so starting them never makes a load slower.
 */
async function startParsing(files: readonly string[], options: LoadOptions, workers: number): Promise<Parser> {
  const read = options.read ?? (await defaultReader());
  const validated = options.read === undefined;
  const pool = workers > 0 ? new ParsePool(workers) : null;
  const parseHere = async (path: string) => {
    const start = performance.now();
    const outcome = await parseFile(read, validated, path, options.identity);
    return { ...outcome, parseMs: performance.now() - start, inWorker: false };
  };
  const inWorkers = new Map<number, Promise<Parsed>>();
  let nextToSend = 0;
  return {
    async next(index, path) {
      // The reader may finish without ever leaving this turn of the event loop (the parser reads
      // synchronously), and a worker's "ready" message is only handled between turns: yield one.
      if (pool !== null && !pool.ready) await new Promise((resolve) => setImmediate(resolve));
      if (pool?.ready) {
        nextToSend = Math.max(nextToSend, index);
        for (
          const last = Math.min(index + workers * AHEAD_PER_WORKER, files.length - 1);
          nextToSend <= last;
          nextToSend += 1
        ) {
          const parsing = pool.parse(files[nextToSend] ?? "", options.identity);
          parsing.catch(() => {}); // awaited in order below; a load that stops early leaves the rest unawaited
          inWorkers.set(nextToSend, parsing);
        }
      }
      const parsing = inWorkers.get(index);
      if (!parsing) return parseHere(path);
      inWorkers.delete(index);
      return { ...(await parsing), inWorker: true };
    },
    close: async () => pool?.close(),
  };
}

/**
 * Stores one parsed file. `stored` maps the identities stored so far in this load to their files: a
 * second file with the same identity is refused (unless `replace`) instead of silently winning.
 */
function storeOne(
  db: Db,
  path: string,
  parsed: Parsed,
  summary: LoadSummary,
  load: { stored: Map<string, string>; replace: boolean },
): LoadedFile {
  const bytes = sizeOf(path);
  if (parsed.kind === "crashed") throw new Error(`parsing ${path} failed unexpectedly: ${parsed.error}`);
  if (parsed.kind !== "prepared") return { path, outcome: "failed", reportId: null, error: parsed.error, bytes };
  const { report } = parsed.prepared;
  const identity = `${report.organisation}\u0000${report.unit ?? ""}\u0000${report.kind}\u0000${report.year}`;
  const earlier = load.stored.get(identity);
  let result: ReturnType<typeof savePreparedReport>;
  try {
    if (earlier !== undefined && !load.replace) {
      throw refusal(report, `${basename(earlier)} earlier in this load is the same report; load only one of them`);
    }
    result = savePreparedReport(db, parsed.prepared, { replace: load.replace });
  } catch (error) {
    if (error instanceof RefusedReportError)
      return { path, outcome: "failed", reportId: null, error: error.message, bytes };
    throw error;
  }
  const { outcome, reportId, forced } = result;
  load.stored.set(identity, path);
  summary.counts.goals += report.goals.length;
  summary.counts.indicators += report.indicators.length;
  summary.counts.activities += report.activities.length;
  summary.counts.budgetLines += report.budgetLines.length;
  summary.counts.budgetRequests += report.budgetRequests.length;
  summary.warnings.push(...report.warnings, ...(forced === undefined ? [] : [forced]));
  return { path, outcome, reportId, error: null, bytes };
}

/**
 * None for a handful of files; else one worker per core but the one this thread stores on (one on
 * the 2-core build box: a second worker competed with the storing thread and added ≈ 100 MB of heap).
 */
function defaultWorkers(fileCount: number): number {
  if (fileCount < MIN_FILES_FOR_WORKERS) return 0;
  return Math.max(1, Math.min(availableParallelism() - 1, Math.ceil(fileCount / MIN_FILES_FOR_WORKERS)));
}

/** Imported on first use, so reading the database never loads the parser. */
async function defaultReader(): Promise<ReportReader> {
  const parser = await import("@tertial/parser");
  return parser.readReportFile;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
