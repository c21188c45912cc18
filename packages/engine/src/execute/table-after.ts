import type { BudgetLineRecord, PassageHit } from "@tertial/store";

/** A table explained by a passage starts within this many lines after it ("enligt tabellen nedan"). */
const GAP = 3;

/**
 * The budget rows of the table printed right after a passage: reports introduce a table with the
 * sentence that explains it ("beviljats budgetjusteringar om 8,3 mnkr enligt tabellen nedan"). The
 * table is every row of the first table starting within GAP lines after the passage, in order.
 */
export function tableAfter(passage: PassageHit, lines: readonly BudgetLineRecord[]): BudgetLineRecord[][] {
  const mine = lines.filter((line) => line.reportId === passage.reportId);
  const first = mine
    .filter((line) => line.source.line > passage.endLine && line.source.line <= passage.endLine + GAP)
    .sort((a, b) => a.source.line - b.source.line)[0];
  if (first === undefined) return [];
  const rows = new Map<number, BudgetLineRecord[]>();
  for (const line of mine.filter((l) => l.table === first.table && l.source.line >= first.source.line)) {
    rows.set(line.source.line, [...(rows.get(line.source.line) ?? []), line]);
  }
  // The table ends where its lines stop running on (a gap of more than two lines).
  const ordered = [...rows.entries()].sort((a, b) => a[0] - b[0]);
  const table: BudgetLineRecord[][] = [];
  let last = first.source.line;
  for (const [line, cells] of ordered) {
    if (line - last > 2) break;
    table.push(cells);
    last = line;
  }
  return table;
}
