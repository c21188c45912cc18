import type { ParsedReport, ParseWarning } from "@tertial/domain";
import type { IdentityOverride } from "@tertial/parser";
import type { SaveOutcome } from "@tertial/store";

export type LoadOutcome = SaveOutcome | "failed";

/** What happened to one file of a load. */
export interface LoadedFile {
  /** The path as found (absolute when the caller passed absolute paths). */
  path: string;
  outcome: LoadOutcome;
  reportId: number | null;
  /** Why it failed (one or more lines), null when it loaded. */
  error: string | null;
  /** Size of the report text in bytes. */
  bytes: number;
}

export interface ItemCounts {
  goals: number;
  indicators: number;
  activities: number;
  budgetLines: number;
  budgetRequests: number;
}

export interface LoadSummary {
  added: number;
  unchanged: number;
  replaced: number;
  failed: number;
  files: LoadedFile[];
  /** Items in the reports read by this load (added, replaced and unchanged alike). */
  counts: ItemCounts;
  /** Every parser warning of the reports read, in file order. */
  warnings: ParseWarning[];
  /** Report text read, in bytes. */
  bytes: number;
}

export type LoadEvent =
  | { type: "start"; total: number }
  | { type: "file"; index: number; total: number; path: string }
  | { type: "loaded"; index: number; total: number; file: LoadedFile };

/** Reads and parses one report file; the parser's readReportFile unless a test passes its own. */
export type ReportReader = (path: string, identity?: IdentityOverride) => Promise<ParsedReport>;

export interface LoadOptions {
  /** Identity stated by the person loading; applies to every file given. */
  identity?: IdentityOverride;
  onProgress?: (event: LoadEvent) => void;
  /** A reader of one's own (tests) is called in this thread, one file at a time. */
  read?: ReportReader;
  /**
   * Parse workers reading ahead while this thread stores (worker_threads); 0 parses in this thread.
   * Default: none below 8 files, else one per core but one. Ignored (0) with `read`.
   */
  workers?: number;
  /** Filled in as the load goes, for benchmarks. */
  timings?: LoadTimings;
  /** Store reports the replacement guard refuses, keeping its reason as a warning (`tertial load --replace`). */
  replace?: boolean;
  /** Files larger than this are not read (default DEFAULT_MAX_REPORT_BYTES, 20 MB). */
  maxBytes?: number;
}

/** Where a load's time went. */
export interface LoadTimings {
  /** Parse workers started (0: everything parsed in the loading thread). */
  workers: number;
  /** Files parsed in a worker; the loading thread parses the others (all of them while no worker is ready). */
  workerFiles: number;
  /** Reading, parsing and preparing the files, summed over files (in parallel when workers > 0). */
  parseMs: number;
  /** Saving them, in the loading thread. */
  saveMs: number;
}
