import type { BudgetLine, BudgetRequest, MoneyUnit } from "@tertial/domain";
import { insertSql, type RowValues, toSource } from "./insert-sql.ts";
import { toAmount } from "./measure-columns.ts";

export interface BudgetLineRow {
  id: number;
  report_id: number;
  table_title: string;
  group_label: string | null;
  row_label: string;
  column_label: string;
  raw: string;
  amount: number | null;
  unit: string;
  source_file: string;
  source_line: number;
  /** Migration 009; NULL for a one-line fact and for rows loaded before it. */
  source_end_line: number | null;
}

export const BUDGET_LINE_COLUMNS = `b.id, b.report_id, b.table_title, b.group_label, b.row_label, b.column_label, b.raw, b.amount,
  b.unit, b.source_file, b.source_line, b.source_end_line`;

/** The one place a budget_line row becomes a domain BudgetLine. */
export function toBudgetLine(row: BudgetLineRow): BudgetLine {
  return {
    table: row.table_title,
    group: row.group_label,
    rowLabel: row.row_label,
    column: row.column_label,
    raw: row.raw,
    amount: toAmount(row.amount, row.raw),
    unit: row.unit as BudgetLine["unit"],
    source: toSource(row.source_file, row.source_line, row.source_end_line),
  };
}

const BUDGET_LINE_INSERT_COLUMNS = [
  "report_id",
  "ordinal",
  "table_title",
  "group_label",
  "row_label",
  "column_label",
  "raw",
  "amount",
  "unit",
  "source_file",
  "source_line",
  "source_end_line",
] as const;

export const INSERT_BUDGET_LINE = insertSql("budget_line", BUDGET_LINE_INSERT_COLUMNS);

/** Values for INSERT_BUDGET_LINE, in BUDGET_LINE_INSERT_COLUMNS order. */
export function budgetLineParams(line: BudgetLine, reportId: number, ordinal: number): RowValues {
  return [
    reportId,
    ordinal,
    line.table,
    line.group,
    line.rowLabel,
    line.column,
    line.raw,
    line.amount,
    line.unit,
    line.source.file,
    line.source.line,
    line.source.endLine ?? null,
  ];
}

export interface BudgetRequestRow {
  id: number;
  report_id: number;
  amount: number;
  unit: string;
  purpose: string;
  text: string;
  source_file: string;
  source_line: number;
}

export const BUDGET_REQUEST_COLUMNS = `r.id, r.report_id, r.amount, r.unit, r.purpose, r.text, r.source_file, r.source_line`;

/** The one place a budget_request row becomes a domain BudgetRequest. */
export function toBudgetRequest(row: BudgetRequestRow): BudgetRequest {
  return {
    amount: row.amount,
    unit: row.unit as MoneyUnit,
    purpose: row.purpose,
    text: row.text,
    source: { file: row.source_file, line: row.source_line },
  };
}

const BUDGET_REQUEST_INSERT_COLUMNS = [
  "report_id",
  "ordinal",
  "amount",
  "unit",
  "purpose",
  "text",
  "source_file",
  "source_line",
] as const;

export const INSERT_BUDGET_REQUEST = insertSql("budget_request", BUDGET_REQUEST_INSERT_COLUMNS);

/** Values for INSERT_BUDGET_REQUEST, in BUDGET_REQUEST_INSERT_COLUMNS order. */
export function budgetRequestParams(request: BudgetRequest, reportId: number, ordinal: number): RowValues {
  return [
    reportId,
    ordinal,
    request.amount,
    request.unit,
    request.purpose,
    request.text,
    request.source.file,
    request.source.line,
  ];
}
