import type { SourceLine } from "../../text/source-lines.ts";
import type { TextFormatReader } from "../text-format-reader.ts";
import { scanTabbedActivities } from "./activity-table.ts";
import { scanTabbedBudgetTables } from "./budget-table.ts";
import { scanTabbedIndicators } from "./indicator-table.ts";

const TABLE_HEADER = /^\t?(?:Indikator|Aktivitet)\t/;

/**
 * Tab-separated tables, one row per line (S20, N21; docs/report-format.md §3). Prose prints one
 * paragraph per line, so every line without content ends a paragraph.
 */
export const tabbedReader = {
  format: "tabbed",
  scanIndicators: scanTabbedIndicators,
  scanActivities: scanTabbedActivities,
  scanBudgetTables: scanTabbedBudgetTables,
  isTableHeader: (raw: string): boolean => TABLE_HEADER.test(raw),
  endsParagraph: (): boolean => true,
  joinParagraph: (lines: readonly SourceLine[]): string =>
    lines
      .map((line) => line.stripped)
      .filter((text) => text !== "")
      .join(" "),
  joinTitle: (lines: readonly SourceLine[]): string => lines.map((line) => line.text).join(" "),
} as const satisfies TextFormatReader;
