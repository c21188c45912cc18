import { existsSync, linkSync, readdirSync, rmSync } from "node:fs";
import { StoreError, openDatabase } from "@tertial/store";
import { loadPaths } from "./load-paths.ts";
import type { LoadEvent, LoadSummary, ReportReader } from "./load-types.ts";
import { isReportFileName } from "./report-files.ts";

export interface EnsureLoadedOptions {
  dbPath: string;
  reportsDir: string;
  onProgress?: (event: LoadEvent) => void;
  /** For tests; defaults to the parser's readReportFile. */
  read?: ReportReader;
}

/**
 * First use: when there is no database at `dbPath` yet, loads `reportsDir` into a new one and returns
 * the load summary; otherwise returns null and touches nothing. An existing database is never loaded
 * into, however old (reading commands and the bot never write reports; `tertial load` does).
 *
 * The load goes into a temporary file beside `dbPath`, which becomes `dbPath` only when complete: an
 * interrupted first use leaves no half-loaded database, and two first uses at once never load twice
 * into one file (the second keeps the first's database).
 */
export async function ensureLoaded(options: EnsureLoadedOptions): Promise<LoadSummary | null> {
  const { dbPath, reportsDir } = options;
  if (existsSync(dbPath)) return null;
  let names: string[];
  try {
    names = readdirSync(reportsDir).filter(isReportFileName);
  } catch (error) {
    throw new StoreError(
      `no database at ${dbPath} and no reports folder at ${reportsDir}.`,
      "Put the report .txt files there, or load them with: tertial load <folder>",
      { cause: error },
    );
  }
  if (names.length === 0) return null;
  const temporary = `${dbPath}.loading-${process.pid}`;
  removeDatabaseFiles(temporary);
  try {
    const db = openDatabase(temporary);
    let summary: LoadSummary;
    try {
      const loadOptions = {
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        ...(options.read ? { read: options.read } : {}),
      };
      summary = await loadPaths(db, [reportsDir], loadOptions);
      db.pragma("wal_checkpoint(TRUNCATE)");
    } finally {
      db.close();
    }
    try {
      linkSync(temporary, dbPath);
    } catch (error) {
      // Another process finished its first use meanwhile: keep its database.
      if (error instanceof Error && "code" in error && error.code === "EEXIST") return null;
      throw error;
    }
    return summary;
  } finally {
    removeDatabaseFiles(temporary);
  }
}

function removeDatabaseFiles(path: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${path}${suffix}`, { force: true });
}
