import { labelStyle } from "../../budget/budget-cell.ts";
import type { BudgetRowDraft, BudgetTableDraft, EconomySection } from "../../budget/budget-draft.ts";
import { createGroupTracker } from "../../budget/budget-groups.ts";
import { cellsOf, columnTitlesA, isDataRowA, isHeaderRowA, isSeparatorRow } from "./budget-header.ts";
import { stubTitle, titleAbove } from "../../budget/budget-section.ts";
import type { ScanContext } from "../scan-context.ts";

/** Header rows of one table sit within this many lines of each other (N21:1612 → 1617). */
const HEADER_REACH = 6;

const isBlank = (raw: string): boolean => raw.trim() === "";
const isBoldLine = (raw: string): boolean =>
  /^\s*(<b>[^<]*<\/b>|\*\*[^*]+\*\*)\s*$/i.test(raw) && raw.trim().length <= 80;

interface Header {
  rows: string[][];
  keys: Set<string>;
  end: number;
}

/** Header rows from `line`: candidates separated only by blank and separator lines. */
function readHeader(ctx: ScanContext, line: number, section: EconomySection): Header {
  const rows = [cellsOf(ctx.lines[line - 1] ?? "")];
  let last = line;
  for (let next = line + 1; next <= section.end && next - last <= HEADER_REACH; next += 1) {
    const raw = ctx.lines[next - 1] ?? "";
    if (isBlank(raw) || isSeparatorRow(raw)) continue;
    const cells = cellsOf(raw);
    if (!raw.includes("\t") || !isHeaderRowA(cells)) break;
    rows.push(cells);
    last = next;
  }
  return { rows, keys: new Set(rows.map((row) => row.join("\t"))), end: last };
}

/** Reads one table's body; returns its rows and the first line after it. */
function readBody(
  ctx: ScanContext,
  header: Header,
  columns: readonly string[],
  section: EconomySection,
): { rows: BudgetRowDraft[]; next: number } {
  const rows: BudgetRowDraft[] = [];
  const groups = createGroupTracker();
  let line = header.end + 1;
  for (; line <= section.end; line += 1) {
    const raw = ctx.lines[line - 1] ?? "";
    if (isBlank(raw) || isSeparatorRow(raw)) continue;
    if (ctx.isBoundary(line)) break;
    if (!raw.includes("\t")) {
      if (!isBoldLine(raw)) break;
      groups.startGroup(cellsOf(raw)[0] ?? "", "bold");
      continue;
    }
    const cells = cellsOf(raw);
    if (header.keys.has(cells.join("\t"))) continue;
    if (isHeaderRowA(cells)) break;
    const [label = "", ...values] = cells;
    if (!isDataRowA(cells)) {
      if (values.every((cell) => cell === "")) groups.startGroup(label, labelStyle(raw.split("\t")[0] ?? ""));
      else ctx.warn(line, `economy row "${label}" has text but no amounts; skipped`);
      continue;
    }
    if (label === "") {
      ctx.warn(line, "economy table amounts without a row label; skipped");
      continue;
    }
    const printed = raw.split("\t").slice(1);
    const row: BudgetRowDraft = { label, group: groups.groupOf(label), line, cells: [] };
    values.forEach((cell, index) => {
      if (cell === "") return;
      const column = columns[index + 1] ?? "";
      if (column === "") ctx.warn(line, `economy cell "${cell}" of row "${label}" has no column title; skipped`);
      else row.cells.push({ column, printed: printed[index] ?? cell, line });
    });
    rows.push(row);
  }
  return { rows, next: line };
}

/**
 * Format-A economy tables (tab-separated, S20/N21) inside one economy section: header rows
 * (two-level and wrapped headers merged), then label⇥value rows; repeated headers after page breaks
 * are dropped, blank and separator lines skipped; prose or a new header ends the table.
 * Numeric rows outside any table are reported, never dropped silently.
 */
export function scanTabbedBudgetTables(ctx: ScanContext, section: EconomySection): BudgetTableDraft[] {
  const tables: BudgetTableDraft[] = [];
  let line = section.start;
  while (line <= section.end) {
    const raw = ctx.lines[line - 1] ?? "";
    const cells = cellsOf(raw);
    if (raw.includes("\t") && isHeaderRowA(cells)) {
      const header = readHeader(ctx, line, section);
      const columns = columnTitlesA(header.rows);
      const body = readBody(ctx, header, columns, section);
      if (body.rows.length > 0) {
        const stub = columns[0] ?? "";
        const title = stubTitle(stub) ?? titleAbove(ctx, line, section);
        tables.push({
          title,
          stub,
          columns: columns.slice(1).filter((column) => column !== ""),
          line,
          rows: body.rows,
        });
      }
      line = Math.max(body.next, line + 1);
      continue;
    }
    if (raw.includes("\t") && isDataRowA(cells))
      ctx.warn(line, `economy row "${cells[0] ?? ""}" is not under a table header; skipped`);
    line += 1;
  }
  return tables;
}
