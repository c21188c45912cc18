import type { ParsedReport, ParseWarning } from "@tertial/domain";
import type { IdentityOverride } from "@tertial/parser";
import type { SaveOutcome } from "./save-report.ts";

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
  read?: ReportReader;
}
