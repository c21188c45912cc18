import { statSync } from "node:fs";
import type { ParsedReport } from "@tertial/domain";
import { InvalidReportError, StoreError } from "./errors.ts";
import type { LoadedFile, LoadOptions, LoadSummary, ReportReader } from "./load-types.ts";
import type { Db } from "./open-database.ts";
import { expandReportPaths } from "./report-files.ts";
import { saveReport } from "./save-report.ts";

/**
 * Loads report files and folders, each report in its own transaction. A report that cannot be read,
 * parsed or validated is counted as failed and leaves the database as it was; the others still load.
 * A missing path throws before anything loads; a database failure (disk full, read-only) throws
 * StoreError and stops the load, keeping the reports already committed.
 */
export async function loadPaths(db: Db, paths: readonly string[], options: LoadOptions = {}): Promise<LoadSummary> {
  const files = expandReportPaths(paths);
  const read = options.read ?? (await defaultReader());
  const summary: LoadSummary = {
    added: 0, unchanged: 0, replaced: 0, failed: 0, files: [], warnings: [], bytes: 0,
    counts: { goals: 0, indicators: 0, activities: 0, budgetLines: 0, budgetRequests: 0 },
  };
  options.onProgress?.({ type: "start", total: files.length });
  for (const [index, path] of files.entries()) {
    options.onProgress?.({ type: "file", index, total: files.length, path });
    const file = await loadOne(db, path, read, options, summary);
    summary.files.push(file);
    summary.bytes += file.bytes;
    summary[file.outcome] += 1;
    options.onProgress?.({ type: "loaded", index, total: files.length, file });
  }
  return summary;
}

async function loadOne(db: Db, path: string, read: ReportReader, options: LoadOptions, summary: LoadSummary): Promise<LoadedFile> {
  const bytes = sizeOf(path);
  let report: ParsedReport;
  try {
    report = await read(path, options.identity);
  } catch (error) {
    return { path, outcome: "failed", reportId: null, error: describe(error), bytes };
  }
  try {
    const { outcome, reportId } = saveReport(db, report);
    summary.counts.goals += report.goals.length;
    summary.counts.indicators += report.indicators.length;
    summary.counts.activities += report.activities.length;
    summary.counts.budgetLines += report.budgetLines.length;
    summary.counts.budgetRequests += report.budgetRequests.length;
    summary.warnings.push(...report.warnings);
    return { path, outcome, reportId, error: null, bytes };
  } catch (error) {
    if (error instanceof InvalidReportError) return { path, outcome: "failed", reportId: null, error: error.message, bytes };
    throw error;
  }
}

/** Imported on first use, so reading the database never loads the parser. */
async function defaultReader(): Promise<ReportReader> {
  const parser = await import("@tertial/parser");
  return parser.readReportFile;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = "code" in error ? error.code : undefined;
  if (code === "EACCES" || code === "EPERM") return "permission denied. Make the file readable and load it again.";
  if (code === "EISDIR") return "is a folder, not a report file.";
  if (code === "ENOENT") return "the file disappeared while loading.";
  return error.message;
}
