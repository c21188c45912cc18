/** One printed cell of an economy table before its amount and unit are read. */
export interface BudgetCellDraft {
  column: string;
  printed: string;
  line: number;
  /** Last line of a cell whose pieces wrap onto later lines ("1" / "678,3"); absent when on one line. */
  endLine?: number;
}

export interface BudgetRowDraft {
  label: string;
  group: string | null;
  line: number;
  cells: BudgetCellDraft[];
}

/** An economy table as found by a format front-end (A: tabs, B: whitespace cells). */
export interface BudgetTableDraft {
  title: string;
  /** First header cell ("Verksamhetsområde, mnkr", "Mnkr"), "" when the header has none. */
  stub: string;
  columns: string[];
  /** Line of the first header row. */
  line: number;
  rows: BudgetRowDraft[];
}

/** Lines [start, end] (1-based, inclusive) of an economy section. */
export interface EconomySection {
  start: number;
  end: number;
}
