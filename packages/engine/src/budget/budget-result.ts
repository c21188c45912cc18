import type { BudgetLineRecord } from "@tertial/store";
import { isTotalRow } from "./total-row.ts";

/** A committee's result: the deviation after every adjustment the table prints, and the plain one before. */
export interface BudgetResult {
  table: string;
  row: string;
  unit: string;
  /** The last deviation column of the total row (or an "efter …" row): the result after adjustments. */
  final: BudgetLineRecord;
  /** The first deviation column, when it differs from the final one. */
  before: BudgetLineRecord | null;
}

const AFTER_ROW = /avvikelse\s+efter|efter\s+resultat/i;
const DEVIATION = /avvik/i;
const INVESTMENT = /invest/i;

/**
 * The result a budget answer leads with (docs/report-format.md, "Budget result"): in the first
 * operating table (investments are left out) either a row labelled as the deviation after result
 * transfers ("Prognos/avvikelse efter resultatdispositioner"), or the total row, whose last deviation
 * column is the result after adjustments ("Avvikelse efter återred. nyanlända") and whose first is
 * the deviation before them. Positive is a surplus. Null when no table has either.
 */
export function findBudgetResult(lines: readonly BudgetLineRecord[]): BudgetResult | null {
  const operating = lines.filter((line) => !INVESTMENT.test(line.table) && line.unit !== "%");
  const after = operating.filter((line) => AFTER_ROW.test(line.rowLabel) && line.amount !== null);
  const pick = (cells: readonly BudgetLineRecord[]) => {
    const deviations = cells.filter((cell) => DEVIATION.test(cell.column) && cell.amount !== null);
    const withDeviation = deviations.length > 0 ? deviations : cells.filter((cell) => cell.amount !== null);
    const final = withDeviation[withDeviation.length - 1];
    const first = withDeviation[0];
    if (final === undefined || first === undefined) return null;
    return { table: final.table, row: final.rowLabel, unit: final.unit, final, before: first === final ? null : first };
  };
  if (after.length > 0) {
    const label = after[0]?.rowLabel;
    const before = operating.find(
      (line) => /före/i.test(line.rowLabel) && DEVIATION.test(line.rowLabel) && line.reportId === after[0]?.reportId,
    );
    const result = pick(after.filter((line) => line.rowLabel === label));
    return result === null ? null : { ...result, before: before ?? result.before };
  }
  const rows = new Map<string, BudgetLineRecord[]>();
  for (const line of operating) {
    if (!isTotalRow(line.rowLabel)) continue;
    const key = `${line.table}\u0000${line.rowLabel}`;
    rows.set(key, [...(rows.get(key) ?? []), line]);
  }
  for (const cells of rows.values()) {
    if (!cells.some((cell) => DEVIATION.test(cell.column))) continue;
    const result = pick(cells);
    if (result !== null) return result;
  }
  return null;
}
