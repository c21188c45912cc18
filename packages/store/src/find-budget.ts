import type { Db } from "./open-database.ts";
import { FilterSql } from "./filter-sql.ts";
import type { BudgetLineFilter, BudgetLineRecord, BudgetRequestRecord, ReportId } from "./records.ts";
import {
  BUDGET_LINE_COLUMNS,
  BUDGET_REQUEST_COLUMNS,
  type BudgetLineRow,
  type BudgetRequestRow,
  toBudgetLine,
  toBudgetRequest,
} from "./rows/budget-row.ts";
import { statement } from "./statements.ts";

/** Budget cells matching every given filter, in report and document order. */
export function findBudgetLines(db: Db, filter: BudgetLineFilter): BudgetLineRecord[] {
  const sql = new FilterSql()
    .inList("b.report_id", "reportIds", filter.reportIds)
    .inList("b.row_label", "rowLabels", filter.rowLabels)
    .anyLike("b.row_label", "rowLabelLike", filter.rowLabelLike);
  return statement<Record<string, string | number>, BudgetLineRow>(
    db,
    `SELECT ${BUDGET_LINE_COLUMNS} FROM budget_line b ${sql.where()} ORDER BY b.report_id, b.ordinal`,
  )
    .all(sql.params)
    .map((row) => ({ ...toBudgetLine(row), id: row.id, reportId: row.report_id }));
}

/** Money requests ("Förslag till beslut"), in report and document order. */
export function findBudgetRequests(db: Db, filter: { reportIds?: readonly ReportId[] }): BudgetRequestRecord[] {
  const sql = new FilterSql().inList("r.report_id", "reportIds", filter.reportIds);
  return statement<Record<string, string | number>, BudgetRequestRow>(
    db,
    `SELECT ${BUDGET_REQUEST_COLUMNS} FROM budget_request r ${sql.where()} ORDER BY r.report_id, r.ordinal`,
  )
    .all(sql.params)
    .map((row) => ({ ...toBudgetRequest(row), id: row.id, reportId: row.report_id }));
}
