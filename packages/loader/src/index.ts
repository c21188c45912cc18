// The load pipeline: report files → parser (in worker threads for many files) → store.
export { loadPaths } from "./load-paths.ts";
export { ensureLoaded, type EnsureLoadedOptions } from "./ensure-loaded.ts";
export {
  DEFAULT_MAX_REPORT_BYTES,
  expandReportPaths,
  isReportFileName,
  listReportEntries,
  type ReportEntry,
} from "./report-files.ts";
export type {
  ItemCounts,
  LoadedFile,
  LoadEvent,
  LoadOptions,
  LoadOutcome,
  LoadSummary,
  LoadTimings,
  ReportReader,
} from "./load-types.ts";
