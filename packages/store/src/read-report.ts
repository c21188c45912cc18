import type { ParsedReport, ParseWarning } from "@tertial/domain";
import { StoreError } from "./errors.ts";
import type { Db } from "./open-database.ts";
import { ACTIVITY_COLUMNS, type ActivityRow, toActivity } from "./rows/activity-row.ts";
import {
  BUDGET_LINE_COLUMNS,
  BUDGET_REQUEST_COLUMNS,
  type BudgetLineRow,
  type BudgetRequestRow,
  toBudgetLine,
  toBudgetRequest,
} from "./rows/budget-row.ts";
import { GOAL_COLUMNS, type GoalRow, toGoal } from "./rows/goal-row.ts";
import { INDICATOR_COLUMNS, type IndicatorRow, toIndicator } from "./rows/indicator-row.ts";
import { REPORT_COLUMNS, type ReportRow, toReport } from "./rows/report-row.ts";
import { readPassages } from "./passages.ts";
import { statement } from "./statements.ts";

type ById = { id: number };

/** One stored report, exactly as `parseReport` emitted it (lists in the parser's order). */
export function readReport(db: Db, id: number): ParsedReport {
  const row = statement<ById, ReportRow>(
    db,
    `SELECT ${REPORT_COLUMNS} FROM report r JOIN organisation o ON o.id = r.organisation_id WHERE r.id = @id`,
  ).get({ id });
  if (!row) throw new StoreError(`no report with id ${id}.`, 'Run "tertial reports" to see the loaded reports.');
  return {
    ...toReport(row),
    goals: statement<ById, GoalRow>(
      db,
      `SELECT ${GOAL_COLUMNS} FROM goal g LEFT JOIN goal p ON p.id = g.parent_id WHERE g.report_id = @id ORDER BY g.ordinal`,
    )
      .all({ id })
      .map(toGoal),
    indicators: statement<ById, IndicatorRow>(
      db,
      `SELECT ${INDICATOR_COLUMNS} FROM indicator i JOIN goal g ON g.id = i.goal_id WHERE i.report_id = @id ORDER BY i.ordinal`,
    )
      .all({ id })
      .map(toIndicator),
    activities: statement<ById, ActivityRow>(
      db,
      `SELECT ${ACTIVITY_COLUMNS} FROM activity a JOIN goal g ON g.id = a.goal_id WHERE a.report_id = @id ORDER BY a.ordinal`,
    )
      .all({ id })
      .map(toActivity),
    budgetLines: statement<ById, BudgetLineRow>(
      db,
      `SELECT ${BUDGET_LINE_COLUMNS} FROM budget_line b WHERE b.report_id = @id ORDER BY b.ordinal`,
    )
      .all({ id })
      .map(toBudgetLine),
    budgetRequests: statement<ById, BudgetRequestRow>(
      db,
      `SELECT ${BUDGET_REQUEST_COLUMNS} FROM budget_request r WHERE r.report_id = @id ORDER BY r.ordinal`,
    )
      .all({ id })
      .map(toBudgetRequest),
    passages: readPassages(db, id),
    warnings: statement<ById, ParseWarning>(
      db,
      "SELECT file, line, message FROM parse_warning WHERE report_id = @id ORDER BY ordinal",
    )
      .all({ id })
      .map((w) => ({ file: w.file, line: w.line, message: w.message })),
  };
}
