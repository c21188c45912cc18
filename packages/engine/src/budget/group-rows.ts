import type { BudgetLineRecord } from "@tertial/store";

/** The cells of each printed row: same report, table, row label and line, in the order first seen. */
export function groupRows(lines: readonly BudgetLineRecord[]): BudgetLineRecord[][] {
  const rows = new Map<string, BudgetLineRecord[]>();
  for (const line of lines) {
    const key = `${line.reportId}\u0000${line.table}\u0000${line.rowLabel}\u0000${line.source.line}`;
    const row = rows.get(key);
    if (row === undefined) rows.set(key, [line]);
    else row.push(line);
  }
  return [...rows.values()];
}
