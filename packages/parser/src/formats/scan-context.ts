import type { Activity, GoalId, Indicator, ReportKind } from "@tertial/domain";

/** Layout of the text layer (docs/report-format.md §3): tab-separated tables (S20, N21) or cells wrapped over lines (S17). */
export type TextFormat = "tabbed" | "wrapped";

/**
 * What every table scanner gets. Scanners are pure functions of this context: they find their own
 * table headers in `lines`, read the rows, and report what they cannot place through `warn`.
 */
export interface ScanContext {
  /** Base name of the report file, used in every Source. */
  file: string;
  /** Raw lines as read (no trailing "\r"); lines[0] is line 1. */
  lines: readonly string[];
  format: TextFormat;
  reportKind: ReportKind;
  /** The goal a table at this 1-based line belongs to (docs/report-format.md §4.4), or null before any goal. */
  ownerAt(lineNumber: number): GoalId | null;
  /** True for 1-based lines that a table never spans: goal labels, titles and assessments, and the table of contents. */
  isBoundary(lineNumber: number): boolean;
  warn(lineNumber: number, message: string): void;
  /** `hasMarkedLineBreaks(lines)` when the caller has computed it already; scanners compute it otherwise. */
  breaksMarked?: boolean;
}

/** An indicator before its status is derived (parse-report.ts adds direction, status and reason). */
export type IndicatorDraft = Omit<Indicator, "direction" | "status" | "statusRule">;

export type ActivityDraft = Activity;
