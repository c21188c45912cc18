import type { BudgetLineRecord } from "@tertial/store";
import { findBudgetResult } from "../budget/budget-result.ts";
import { isTotalRow } from "../budget/total-row.ts";
import type { BudgetFigure, DigestBudget, DigestBudgetResult } from "./digest-types.ts";

const SKIPPED_TABLE = /invest/i;

/**
 * The operating budget's total row: the first row in document order that is labelled as a total
 * ("Nämnden totalt", "Totalt", "Netto", "… (netto)") and has a budget, a forecast (or outcome) and an
 * Avvikelse column. Investment tables are skipped. Null when the report has no such row.
 */
export function findBudgetTotal(lines: readonly BudgetLineRecord[]): DigestBudget | null {
  const rows = new Map<string, BudgetLineRecord[]>();
  for (const line of lines) {
    if (line.unit === "%" || SKIPPED_TABLE.test(line.table) || !isTotalRow(line.rowLabel)) continue;
    const key = `${line.table}\u0000${line.rowLabel}\u0000${line.source.line}`;
    rows.set(key, [...(rows.get(key) ?? []), line]);
  }
  for (const cells of rows.values()) {
    const budget = figure(cells, /^budget/i);
    const forecast = figure(cells, /^prognos/i) ?? figure(cells, /^utfall/i);
    const deviation = figure(cells, /^avvikelse/i);
    const first = cells[0];
    if (first === undefined || budget === null || forecast === null || deviation === null) continue;
    return { table: first.table, row: first.rowLabel, unit: first.unit, budget, forecast, deviation };
  }
  return null;
}

function figure(cells: readonly BudgetLineRecord[], column: RegExp): BudgetFigure | null {
  const cell = cells.find((line) => column.test(line.column.trim()) && line.amount !== null);
  if (cell === undefined || cell.amount === null) return null;
  return { column: cell.column, raw: cell.raw, amount: cell.amount, source: cell.source };
}

/** The result after adjustments by the budget answers' rule (findBudgetResult), as digest figures. */
export function findDigestBudgetResult(lines: readonly BudgetLineRecord[]): DigestBudgetResult | null {
  const result = findBudgetResult(lines);
  const final = result === null ? null : toFigure(result.final);
  if (result === null || final === null) return null;
  const before = result.before === null ? null : toFigure(result.before);
  return { table: result.table, row: result.row, unit: result.unit, final, before };
}

function toFigure(line: BudgetLineRecord): BudgetFigure | null {
  return line.amount === null ? null : { column: line.column, raw: line.raw, amount: line.amount, source: line.source };
}
