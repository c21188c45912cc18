import { cleanBudgetText, isYear, readAmountCell } from "../../budget/budget-cell.ts";

/** The cells of a tab-separated line, cleaned; cell 0 is the row label or header stub. */
export function cellsOf(raw: string): string[] {
  return raw.split("\t").map(cleanBudgetText);
}

/** `------⇥--⇥---` (N21:1613): a markdown table separator. */
export function isSeparatorRow(raw: string): boolean {
  return raw.includes("-") && raw.split("\t").every((cell) => /^\s*:?-*:?\s*$/.test(cell));
}

const NOT_ECONOMY_STUB = /^(indikator|aktivitet)$/i;

/**
 * A header row of a tabbed-layout table: after the stub, only titles or years ("⇥2019⇥⇥⇥2020⇥⇥"),
 * at least one of them. A row with a stub needs a title with letters, so "Label⇥2019" stays a data row.
 */
export function isHeaderRowA(cells: readonly string[]): boolean {
  const [stub = "", ...titles] = cells;
  if (cells.length < 2 || NOT_ECONOMY_STUB.test(stub)) return false;
  const filled = titles.filter((cell) => cell !== "");
  if (filled.length === 0) return false;
  if (filled.some((cell) => readAmountCell(cell) !== null && !isYear(cell))) return false;
  return stub === "" || filled.some((cell) => /\p{L}/u.test(cell));
}

/** A data row: at least one value cell reads as a number. */
export function isDataRowA(cells: readonly string[]): boolean {
  return cells.length >= 2 && cells.slice(1).some((cell) => readAmountCell(cell) !== null);
}

const filledCount = (row: readonly string[]): number => row.slice(1).filter((cell) => cell !== "").length;
const joinTitle = (first: string, second: string): string => [first, second].filter((part) => part !== "").join(" ");

/**
 * Column titles by cell position (index 0 = stub) from the header rows of one table.
 * A sparser row above a fuller one is a group row: each group title spans rightwards to the next
 * one and follows the sub-title ("⇥2019⇥⇥⇥2020" over "⇥Budget⇥Utfall…" → "Budget 2019" …).
 * Otherwise the lower row continues the titles above it (N21:1612 + 1617, a wrapped header).
 */
export function columnTitlesA(rows: readonly (readonly string[])[]): string[] {
  const [first = [], ...rest] = rows;
  let titles = [...first];
  for (const row of rest) {
    const width = Math.max(titles.length, row.length);
    const isGroupRow = filledCount(titles) < filledCount(row);
    const next: string[] = [];
    let group = "";
    for (let position = 0; position < width; position += 1) {
      const above = titles[position] ?? "";
      const below = row[position] ?? "";
      if (position === 0) next.push(above || below);
      else if (isGroupRow) {
        if (above !== "") group = above;
        next.push(joinTitle(below, group));
      } else next.push(joinTitle(above, below));
    }
    titles = next;
  }
  return titles;
}
