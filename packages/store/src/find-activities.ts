import type { Db } from "./open-database.ts";
import { FilterSql } from "./filter-sql.ts";
import type { ActivityFilter, ActivityRecord } from "./records.ts";
import { ACTIVITY_COLUMNS, type ActivityRow, toActivity } from "./rows/activity-row.ts";
import { type GoalRefColumns, toGoalRef } from "./rows/goal-row.ts";
import { statement } from "./statements.ts";

type ActivityRecordRow = ActivityRow & GoalRefColumns;

/** Activities matching every given filter, in report and document order. */
export function findActivities(db: Db, filter: ActivityFilter): ActivityRecord[] {
  const sql = new FilterSql()
    .inList("a.report_id", "reportIds", filter.reportIds)
    .inList("g.code", "goalCodes", filter.goalCodes)
    .inList("a.title", "titles", filter.titles);
  // Written exactly as the partial index activity_deviating is, so the planner can use it.
  if (filter.deviatingOnly === true) sql.raw("(a.deviation = 1 OR a.delay_hint IS NOT NULL)");
  return statement<Record<string, string | number>, ActivityRecordRow>(
    db,
    `SELECT ${ACTIVITY_COLUMNS}, g.code AS goal_code, g.title AS goal_title, g.level AS goal_level
       FROM activity a JOIN goal g ON g.id = a.goal_id ${sql.where()}
      ORDER BY a.report_id, a.ordinal`,
  )
    .all(sql.params)
    .map((row) => ({
      ...toActivity(row),
      id: row.id,
      reportId: row.report_id,
      goal: toGoalRef(row.goal_code, row.goal_title, row.goal_level),
    }));
}
