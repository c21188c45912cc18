import { stripMarkup } from "../../text/markup.ts";
import type { SourceLine } from "../../text/source-lines.ts";
import type { TextFormatReader } from "../text-format-reader.ts";
import { scanWrappedActivities } from "./activity-table.ts";
import { scanWrappedBudgetTables } from "./budget-table.ts";
import { scanWrappedIndicators } from "./indicator-table.ts";
import { indicatorHeaderKind, isActivityHeader } from "./table-lines.ts";
import { joinWrappedLines } from "./wrapped-text.ts";

/**
 * Table cells wrapped over several lines, no TABs (S17; docs/report-format.md §3). Prose is wrapped
 * too: a paragraph ends at a line holding only spaces or page furniture, not at an empty line, which
 * the converter also prints inside a paragraph.
 */
export const wrappedReader = {
  format: "wrapped",
  scanIndicators: scanWrappedIndicators,
  scanActivities: scanWrappedActivities,
  scanBudgetTables: scanWrappedBudgetTables,
  isTableHeader: (raw: string): boolean => indicatorHeaderKind(raw) !== null || isActivityHeader(raw),
  endsParagraph: (line: SourceLine): boolean => line.raw.length > 0,
  joinParagraph: (lines: readonly SourceLine[], breaksMarked: boolean): string =>
    stripMarkup(
      joinWrappedLines(
        lines.map((line) => line.raw.replace(/\uf0b7\s*/g, "- ").replace(/[\u00a0\u202f]/g, " ")),
        breaksMarked,
      ),
    ),
  joinTitle: (lines: readonly SourceLine[], breaksMarked: boolean): string =>
    joinWrappedLines(
      lines.map((line) => line.text + (/\s$/.test(line.raw) ? " " : "")),
      breaksMarked,
    ),
} as const satisfies TextFormatReader;
