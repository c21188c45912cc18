import { parseMeasure } from "@tertial/domain";
import type { Measure } from "@tertial/domain";
import { cleanText, splitGlyph } from "./cell-text.ts";

/** The value columns after the name, in printed order (docs/report-format.md §5.1, columns 2–9). */
export const VALUE_COLUMN_COUNT = 8;

export interface IndicatorRowA {
  glyph: string | null;
  name: string;
  outcome: Measure | null;
  outcomeMen: Measure | null;
  outcomeWomen: Measure | null;
  previousOutcome: Measure | null;
  forecast: Measure | null;
  annualTarget: Measure | null;
  kfAnnualTarget: Measure | null;
  period: string | null;
  /** Number of cells after the name cell (8 in a well-formed row). */
  valueCellCount: number;
  alignment: "exact" | "low";
}

/**
 * Reads one tabbed-layout indicator row. The name is the first non-empty cell (a cell holding only a
 * glyph gives the glyph). With 8 value cells the columns map by position; otherwise the last five
 * values are right-aligned as VB, Prognos, Årsmål, KF:s årsmål, Period, the first remaining one is
 * Periodens utfall and the leftovers are män/kvinnor (docs/report-format.md §5.2), with alignment "low".
 * Returns null when the row has no name. `cleaned` is `cells.map(cleanText)` when the caller has it.
 */
export function readIndicatorRowA(
  cells: readonly string[],
  cleaned: readonly string[] = cells.map(cleanText),
): IndicatorRowA | null {
  let glyph: string | null = null;
  let nameIndex = -1;
  let name = "";
  for (let i = 0; i < cells.length && nameIndex < 0; i++) {
    const split = splitGlyph(cells[i] ?? "");
    glyph = split.glyph ?? glyph;
    if (split.text !== "") {
      nameIndex = i;
      name = split.text;
    }
  }
  if (nameIndex < 0) return null;
  const values = trimTrailingEmpty(cleaned.slice(nameIndex + 1));
  const exact = values.length === VALUE_COLUMN_COUNT;
  const byColumn = exact ? values : rightAlign(values);
  const [outcome, men, women, previous, forecast, target, kfTarget, period] = byColumn;
  return {
    glyph,
    name,
    outcome: parseMeasure(outcome),
    outcomeMen: parseMeasure(men),
    outcomeWomen: parseMeasure(women),
    previousOutcome: parseMeasure(previous),
    forecast: parseMeasure(forecast),
    annualTarget: parseMeasure(target),
    kfAnnualTarget: parseMeasure(kfTarget),
    period: period === undefined || period === "" ? null : period,
    valueCellCount: values.length,
    alignment: exact ? "exact" : "low",
  };
}

/** Drops empty cells beyond the eighth: extra trailing tabs carry nothing. */
function trimTrailingEmpty(values: string[]): string[] {
  const trimmed = [...values];
  while (trimmed.length > VALUE_COLUMN_COUNT && trimmed.at(-1) === "") trimmed.pop();
  return trimmed;
}

/** Short or long rows: the last five cells are VB…Period, the first is the outcome, then män, kvinnor. */
function rightAlign(values: readonly string[]): string[] {
  const tailSize = Math.min(5, values.length);
  const head = values.slice(0, values.length - tailSize);
  const tail = values.slice(values.length - tailSize);
  const aligned: string[] = ["", "", "", "", "", "", "", ""];
  tail.forEach((value, i) => {
    aligned[VALUE_COLUMN_COUNT - tailSize + i] = value;
  });
  aligned[0] = head[0] ?? "";
  aligned[1] = head[1] ?? "";
  aligned[2] = head[2] ?? "";
  return aligned;
}
