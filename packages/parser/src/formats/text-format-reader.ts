import type { SourceLine } from "../text/source-lines.ts";
import type { BudgetTableDraft, EconomySection } from "../budget/budget-draft.ts";
import type { ActivityDraft, IndicatorDraft, ScanContext, TextFormat } from "./scan-context.ts";

/**
 * What the parser needs to know about a text layout (docs/report-format.md §3): how its tables are
 * read and how its prose is laid out. Each layout is one folder under formats/ with a reader of this
 * type; readers.ts lists one per TextFormat, so a new layout is a new folder plus one entry there, and
 * the compiler checks that it provides every part.
 */
export interface TextFormatReader {
  readonly format: TextFormat;
  /** Every indicator table row of the report (§5), before its status is derived. */
  scanIndicators(ctx: ScanContext): IndicatorDraft[];
  /** Every activity table row of the report (§7). */
  scanActivities(ctx: ScanContext): ActivityDraft[];
  /** The economy tables inside one economy section (§8.2). */
  scanBudgetTables(ctx: ScanContext, section: EconomySection): BudgetTableDraft[];
  /** True for a raw line that is an indicator or activity table header in this layout, repeats included. */
  isTableHeader(raw: string): boolean;
  /** True when a line without content (blank or page furniture) ends the prose paragraph it is in. */
  endsParagraph(line: SourceLine): boolean;
  /** One paragraph of prose as one line of text, markup removed. */
  joinParagraph(lines: readonly SourceLine[], breaksMarked: boolean): string;
  /** A goal title printed over one or more lines, as one line of text. */
  joinTitle(lines: readonly SourceLine[], breaksMarked: boolean): string;
}
