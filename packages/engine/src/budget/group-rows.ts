import type { BudgetLineRecord } from "@tertial/store";

/** The cells of each printed row: same report, table, row label and line, in the order first seen. */
export function groupRows(lines: readonly BudgetLineRecord[]): BudgetLineRecord[][] {
  const rows = new Map<string, BudgetLineRecord[]>();
  for (const line of lines) {
    const key = `${line.reportId}\u0000${line.table}\u0000${line.rowLabel}\u0000${line.source.line}`;
    rows.set(key, [...(rows.get(key) ?? []), line]);
  }
  return [...rows.values()];
}
