import type { ScanContext } from "../scan-context.ts";
import { cleanText } from "./cell-text.ts";

export type TableKindA = "indicator" | "activity";

const HEADERS: Readonly<Record<TableKindA, RegExp>> = {
  indicator: /^\t?Indikator\t/,
  activity: /^\t?Aktivitet\t/,
};

const TAB = 9;
const CAPITAL_A = 65;
const CAPITAL_I = 73;

/** `<b>Analys</b> text`, `<p><b>Analys</b></p> <p>text</p>`, `Analys text`, `Analys⇥text`, `Analys⇥⇥⇥`. */
const ANALYSIS_LABEL = /^\s*(?:<[a-z]+[^>]*>\s*)*Analys\s*:?(?:\s*<\/[a-z]+>)*(?=[\s<]|$)/;

/** The table kind whose header is on this raw line, else null. */
export function tableHeaderKind(raw: string): TableKindA | null {
  // Both headers start with "I" or "A", after an optional tab: most lines are ruled out by that character.
  const first = raw.charCodeAt(0) === TAB ? raw.charCodeAt(1) : raw.charCodeAt(0);
  if (first !== CAPITAL_I && first !== CAPITAL_A) return null;
  if (HEADERS.indicator.test(raw)) return "indicator";
  if (HEADERS.activity.test(raw)) return "activity";
  return null;
}

/**
 * The cleaned text after an Analys label ("" when the text follows on the next lines), else null.
 * A row with more than two filled cells or a date cell is a table row whose name starts with
 * "Analys", not an Analys row.
 */
export function analysisRowText(raw: string): string | null {
  const match = ANALYSIS_LABEL.exec(raw);
  if (match === null) return null;
  if (/\t\s*\d{4}-\d{2}-\d{2}/.test(raw) || hasMoreFilledCells(raw.split("\t"), 2)) return null;
  return cleanText(raw.slice(match[0].length));
}

/** True when more than `count` cells are filled; cells are cleaned only while that is undecided. */
function hasMoreFilledCells(cells: readonly string[], count: number): boolean {
  if (cells.length <= count) return false;
  let filled = 0;
  for (const cell of cells) if (cleanText(cell) !== "" && ++filled > count) return true;
  return false;
}

/** What a scanner does with the lines of its tables; the walker decides where a table starts and ends. */
export interface TableHandlerA {
  /** A header line that starts a new table (not a page-break repeat). */
  startTable(lineNumber: number, header: string): void;
  /** A header printed again inside the same table after a page break. */
  repeatHeader(lineNumber: number): void;
  /** An Analys row; `text` is "" when the analysis follows on the next lines. */
  analysis(lineNumber: number, text: string): void;
  /** A tab-separated row (raw cells, untrimmed). */
  row(lineNumber: number, cells: readonly string[]): void;
  /**
   * A line without tabs inside a table. Return true when it continues the table (analysis text);
   * false ends the table before this line. `afterBlank` is true when blank lines precede it.
   */
  looseText(lineNumber: number, text: string, afterBlank: boolean): boolean;
  /** The table ended (boundary, other header, prose, end of file). */
  endTable(): void;
}

/**
 * Walks the tabbed-layout tables of one kind (docs/report-format.md §5.2, §7). A table starts at its header and
 * ends at a boundary line (`ctx.isBoundary`), at the other kind's header, at a markdown heading, at the
 * end of the file, or at a tab-less line the handler does not claim as analysis text. A header of the
 * same kind inside a table is a page-break repeat. Blank and whitespace-only lines are skipped.
 */
export function walkTablesA(ctx: ScanContext, kind: TableKindA, handler: TableHandlerA): void {
  let inTable = false;
  let afterBlank = false;
  const end = (): void => {
    if (inTable) handler.endTable();
    inTable = false;
  };
  ctx.lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    const headerKind = tableHeaderKind(raw);
    if (headerKind === kind) {
      if (inTable) handler.repeatHeader(lineNumber);
      else handler.startTable(lineNumber, raw);
      inTable = true;
      afterBlank = false;
      return;
    }
    if (!inTable) return;
    if (headerKind !== null || ctx.isBoundary(lineNumber) || /^\s*#/.test(raw)) {
      end();
      return;
    }
    if (raw.trim() === "") {
      afterBlank = true;
      return;
    }
    const analysis = analysisRowText(raw);
    if (analysis !== null) handler.analysis(lineNumber, analysis);
    else if (raw.includes("\t")) handler.row(lineNumber, raw.split("\t"));
    else if (!handler.looseText(lineNumber, cleanText(raw), afterBlank)) {
      end();
      return;
    }
    afterBlank = false;
  });
  end();
}
