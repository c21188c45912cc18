import type { Db } from "./open-database.ts";
import { FilterSql } from "./filter-sql.ts";
import type { IndicatorFilter, IndicatorRecord } from "./records.ts";
import { type GoalRefColumns, toGoalRef } from "./rows/goal-row.ts";
import { INDICATOR_COLUMNS, type IndicatorRow, toIndicator } from "./rows/indicator-row.ts";
import { statement } from "./statements.ts";

type IndicatorRecordRow = IndicatorRow & GoalRefColumns;

/** Indicators matching every given filter (an absent filter matches all), in report and document order. */
export function findIndicators(db: Db, filter: IndicatorFilter): IndicatorRecord[] {
  const sql = new FilterSql()
    .inList("i.report_id", "reportIds", filter.reportIds)
    .inList("i.name", "names", filter.names)
    .inList("i.status", "statuses", filter.statuses)
    .inList("g.code", "goalCodes", filter.goalCodes);
  return statement<Record<string, string | number>, IndicatorRecordRow>(
    db,
    `SELECT ${INDICATOR_COLUMNS}, g.code AS goal_code, g.title AS goal_title, g.level AS goal_level
       FROM indicator i JOIN goal g ON g.id = i.goal_id ${sql.where()}
      ORDER BY i.report_id, i.ordinal`,
  )
    .all(sql.params)
    .map((row) => ({
      ...toIndicator(row),
      id: row.id,
      reportId: row.report_id,
      goal: toGoalRef(row.goal_code, row.goal_title, row.goal_level),
    }));
}
