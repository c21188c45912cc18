import { existsSync, readdirSync, statSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { StoreError } from "./errors.ts";
import { loadPaths } from "./load-paths.ts";
import type { LoadEvent, LoadSummary, ReportReader } from "./load-types.ts";
import { openDatabase } from "./open-database.ts";
import { isReportFileName } from "./report-files.ts";
import { statement } from "./statements.ts";

export interface EnsureLoadedOptions {
  dbPath: string;
  reportsDir: string;
  onProgress?: (event: LoadEvent) => void;
  /** For tests; defaults to the parser's readReportFile. */
  read?: ReportReader;
}

/**
 * Loads `reportsDir` into the database when the database is missing, holds no reports, or is older
 * than any report file in the folder; returns the load summary, or null when it was already current.
 * Called by ask / chat / digest and the Slack bot so a fresh clone answers at once.
 */
export async function ensureLoaded(options: EnsureLoadedOptions): Promise<LoadSummary | null> {
  const newest = newestReportTime(options.reportsDir, existsSync(options.dbPath));
  if (newest === null) return null;
  if (existsSync(options.dbPath) && statSync(options.dbPath).mtimeMs >= newest && hasReports(options.dbPath))
    return null;
  const db = openDatabase(options.dbPath);
  let summary: LoadSummary;
  try {
    const loadOptions = {
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.read ? { read: options.read } : {}),
    };
    summary = await loadPaths(db, [options.reportsDir], loadOptions);
  } finally {
    db.close();
  }
  // Mark the database as current even when nothing changed, so the next call does not re-read the folder.
  const now = new Date();
  utimesSync(options.dbPath, now, now);
  return summary;
}

/** Newest modification time of the folder's report files; null when there is nothing to load. */
function newestReportTime(reportsDir: string, hasDatabase: boolean): number | null {
  let names: string[];
  try {
    names = readdirSync(reportsDir).filter(isReportFileName);
  } catch (error) {
    if (hasDatabase) return null;
    throw new StoreError(
      `no reports folder at ${reportsDir}.`,
      "Put the report .txt files there, or load them with: tertial load <folder>",
      { cause: error },
    );
  }
  if (names.length === 0) return null;
  return Math.max(statSync(reportsDir).mtimeMs, ...names.map((name) => statSync(join(reportsDir, name)).mtimeMs));
}

function hasReports(dbPath: string): boolean {
  const db = openDatabase(dbPath);
  try {
    return statement<[], { n: number }>(db, "SELECT count(*) AS n FROM report").get()?.n !== 0;
  } finally {
    db.close();
  }
}
