import type { BudgetLine, BudgetRequest, MoneyUnit } from "@tertial/domain";
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
}

export const BUDGET_LINE_COLUMNS = `b.id, b.report_id, b.table_title, b.group_label, b.row_label, b.column_label, b.raw, b.amount,
  b.unit, b.source_file, b.source_line`;

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
    source: { file: row.source_file, line: row.source_line },
  };
}

export function budgetLineParams(line: BudgetLine, reportId: number, ordinal: number) {
  return {
    reportId, ordinal,
    tableTitle: line.table,
    groupLabel: line.group,
    rowLabel: line.rowLabel,
    columnLabel: line.column,
    raw: line.raw,
    amount: line.amount,
    unit: line.unit,
    sourceFile: line.source.file,
    sourceLine: line.source.line,
  };
}

export const INSERT_BUDGET_LINE = `INSERT INTO budget_line (report_id, ordinal, table_title, group_label, row_label, column_label,
  raw, amount, unit, source_file, source_line)
  VALUES (@reportId, @ordinal, @tableTitle, @groupLabel, @rowLabel, @columnLabel, @raw, @amount, @unit, @sourceFile, @sourceLine)`;

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

export function budgetRequestParams(request: BudgetRequest, reportId: number, ordinal: number) {
  return {
    reportId, ordinal,
    amount: request.amount,
    unit: request.unit,
    purpose: request.purpose,
    text: request.text,
    sourceFile: request.source.file,
    sourceLine: request.source.line,
  };
}

export const INSERT_BUDGET_REQUEST = `INSERT INTO budget_request (report_id, ordinal, amount, unit, purpose, text, source_file, source_line)
  VALUES (@reportId, @ordinal, @amount, @unit, @purpose, @text, @sourceFile, @sourceLine)`;
