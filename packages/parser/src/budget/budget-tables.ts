import { type BudgetLine, type MoneyUnit, spanSource } from "@tertial/domain";
import { printedCell, readAmountCell } from "./budget-cell.ts";
import type { BudgetRowDraft, BudgetTableDraft, EconomySection } from "./budget-draft.ts";
import { findEconomySections, statementAbove } from "./budget-section.ts";
import { readerFor } from "../formats/readers.ts";
import { decideUnit, proseUnit } from "./budget-units.ts";
import type { ScanContext } from "../formats/scan-context.ts";

const MONEY_WORDS =
  /budget|prognos|utfall|avvikels|förbruk|bokslut|justering|resultat|mnkr|tkr|kronor|intäkt|kostnad|netto|belopp|investering/i;
const VOLUME_STUB = /^(antal|snitt|genomsnitt|månad|vecka|volym)/i;
const PERCENT_COLUMN = /^förbruk/i;

/**
 * A volume table inside the economy section (N21:1704 "Antal inskrivna barn", N21:1724 "Månad"):
 * its stub or title counts things, or no column speaks of money. Such tables are skipped with a warning.
 */
function isVolumeTable(table: BudgetTableDraft): boolean {
  if (VOLUME_STUB.test(table.stub) || VOLUME_STUB.test(table.title)) return true;
  return !MONEY_WORDS.test([table.stub, ...table.columns].join(" "));
}

function linesOfTable(
  ctx: ScanContext,
  table: BudgetTableDraft,
  section: EconomySection,
  sectionProse: () => MoneyUnit | null,
): BudgetLine[] {
  if (isVolumeTable(table)) {
    ctx.warn(
      table.line,
      `table "${table.title}" counts volumes, not money; its ${table.rows.length} rows are not read as budget lines`,
    );
    return [];
  }
  const cells = table.rows.flatMap((row) =>
    row.cells.map((cell) => ({ row, cell, read: readAmountCell(printedCell(cell.printed)) })),
  );
  const decision = decideUnit({
    headerText: [table.stub, table.title, ...table.columns].join(" | "),
    statement: statementAbove(ctx, table.line, section),
    prose: sectionProse(),
    printedAmounts: cells.flatMap(({ cell, read }) =>
      read === null || read.amount === null || read.isPercent || PERCENT_COLUMN.test(cell.column)
        ? []
        : [{ raw: read.raw, amount: read.amount }],
    ),
  });
  if (decision.guess !== null) ctx.warn(table.line, `table "${table.title}": ${decision.guess}`);
  const lines: BudgetLine[] = [];
  for (const { row, cell, read } of cells) {
    if (read === null) continue;
    if (read.isTruncated)
      ctx.warn(cell.line, `amount "${read.raw}" in row "${row.label}" is cut short; kept without a value`);
    lines.push({
      table: table.title,
      group: row.group,
      rowLabel: row.label,
      column: cell.column,
      raw: read.raw,
      amount: read.amount,
      unit: read.isPercent || PERCENT_COLUMN.test(cell.column) ? "%" : decision.unit,
      source: spanSource(ctx.file, row.line, rowEnd(row)),
    });
  }
  return lines;
}

/**
 * The last line of a row's amounts. A row is one fact: each of its cells cites the row from its first
 * line (its label's) to here, so a wrapped row ("Netto 980,3 …" / "1" / "215,4" / … / "316,5 26,0%")
 * is one cited span and the engine shows its cells together (it groups a row's cells by that line).
 */
function rowEnd(row: BudgetRowDraft): number {
  return Math.max(row.line, ...row.cells.map((cell) => cell.endLine ?? cell.line));
}

/**
 * Every economy table of the report as one BudgetLine per non-empty numeric cell (docs/report-format.md §8).
 * Tables are found inside economy sections only ("Uppföljning av ekonomi" …, see findEconomySections),
 * read by the front-end of the report's text format, and given a unit by decideUnit; volume tables
 * are skipped. Text cells ("ja") are not budget lines. Everything that cannot be placed is warned.
 */
export function scanBudgetLines(ctx: ScanContext): BudgetLine[] {
  return findEconomySections(ctx).flatMap((section) => {
    const tables = readerFor(ctx.format).scanBudgetTables(ctx, section);
    let prose: MoneyUnit | null | undefined;
    const sectionProse = (): MoneyUnit | null => {
      if (prose === undefined)
        prose = proseUnit(ctx.lines.slice(section.start - 1, section.end).filter((raw) => !raw.includes("\t")));
      return prose;
    };
    return tables.flatMap((table) => linesOfTable(ctx, table, section, sectionProse));
  });
}
