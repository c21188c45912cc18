import type { GoalId } from "@tertial/domain";
import { cleanText, joinFragments, splitGlyph, startsLowerCase } from "./cell-text.ts";
import { readIndicatorRowA, VALUE_COLUMN_COUNT } from "./indicator-row.ts";
import type { IndicatorRowA } from "./indicator-row.ts";
import type { IndicatorDraft, ScanContext } from "../scan-context.ts";
import { walkTablesA } from "./table-walker.ts";

interface OpenIndicator {
  line: number;
  goalId: GoalId | null;
  row: IndicatorRowA;
  previousLabel: string | null;
  nameParts: string[];
  analysisParts: string[];
  hasAnalysisLabel: boolean;
}

/**
 * Scans the tabbed-layout (tab-separated, S20/N21-style) indicator tables (docs/report-format.md §5.1, §5.2):
 * header `^\t?Indikator\t`, one row per indicator, Analys rows for the indicator above, page-break
 * repeats of the header, names and analyses continued after such a repeat. Rows before any goal are
 * reported through `ctx.warn` and skipped.
 */
export function scanTabbedIndicators(ctx: ScanContext): IndicatorDraft[] {
  const drafts: IndicatorDraft[] = [];
  let previousLabel: string | null = null;
  let current: OpenIndicator | null = null;
  let rowsSinceHeader = 0;
  let isRepeat = false;

  const finish = (): void => {
    const open: OpenIndicator | null = current;
    if (open !== null && open.goalId !== null) drafts.push(toDraft(ctx.file, open, open.goalId));
    current = null;
  };
  const textOnly = (lineNumber: number, text: string): boolean => {
    const open: OpenIndicator | null = current;
    if (open === null) return false;
    if (open.hasAnalysisLabel) open.analysisParts.push(text);
    else if (isRepeat && rowsSinceHeader === 0 && startsLowerCase(text)) open.nameParts.push(text);
    else {
      if (startsLowerCase(text))
        ctx.warn(lineNumber, `lower-case text row not after a page break, read as a new indicator: "${text}"`);
      return false;
    }
    return true;
  };

  walkTablesA(ctx, "indicator", {
    startTable(_lineNumber, header) {
      finish();
      const year = /VB\s*(\d{4})/.exec(header)?.[1];
      previousLabel = year === undefined ? null : `VB ${year}`;
      rowsSinceHeader = 0;
      isRepeat = false;
    },
    repeatHeader() {
      rowsSinceHeader = 0;
      isRepeat = true;
    },
    analysis(lineNumber, text) {
      rowsSinceHeader++;
      if (current === null) {
        ctx.warn(lineNumber, "Analys row without an indicator above it");
        return;
      }
      current.hasAnalysisLabel = true;
      current.analysisParts.push(text);
    },
    row(lineNumber, cells) {
      const cleaned = cells.map((cell) => cleanText(cell));
      const filled = cleaned.filter((cell) => cell !== "");
      if (filled.length === 0) return;
      const placed =
        filled.length === 1 && splitGlyph(cells.join("")).glyph === null && textOnly(lineNumber, filled.join(" "));
      rowsSinceHeader++;
      if (placed) return;
      const row = readIndicatorRowA(cells, cleaned);
      if (row === null) return;
      finish();
      const goalId = ctx.ownerAt(lineNumber);
      if (goalId === null) ctx.warn(lineNumber, `indicator "${row.name}" is not under any goal; skipped`);
      if (row.alignment === "low") {
        ctx.warn(
          lineNumber,
          `indicator row has ${row.valueCellCount} value cells instead of ${VALUE_COLUMN_COUNT}; columns aligned from the right`,
        );
      }
      current = {
        line: lineNumber,
        goalId,
        row,
        previousLabel,
        nameParts: [row.name],
        analysisParts: [],
        hasAnalysisLabel: false,
      };
    },
    looseText(lineNumber, text, afterBlank) {
      const open: OpenIndicator | null = current;
      const continuesAnalysis = open?.hasAnalysisLabel === true && (!afterBlank || open.analysisParts.join("") === "");
      if (!continuesAnalysis) return false;
      rowsSinceHeader++;
      return textOnly(lineNumber, text);
    },
    endTable() {
      finish();
    },
  });
  return drafts;
}

function toDraft(file: string, open: OpenIndicator, goalId: GoalId): IndicatorDraft {
  const { row } = open;
  return {
    goalId,
    name: open.nameParts.join(" "),
    glyph: row.glyph,
    outcome: row.outcome,
    outcomeMen: row.outcomeMen,
    outcomeWomen: row.outcomeWomen,
    previousOutcome: row.previousOutcome,
    previousLabel: open.previousLabel,
    forecast: row.forecast,
    annualTarget: row.annualTarget,
    kfAnnualTarget: row.kfAnnualTarget,
    period: row.period,
    analysis: joinFragments(open.analysisParts),
    alignment: row.alignment,
    source: { file, line: open.line },
  };
}
