import type { Db } from "./open-database.ts";
import { FilterSql } from "./filter-sql.ts";
import type { GoalFilter, GoalRecord } from "./records.ts";
import { GOAL_COLUMNS, type GoalRow, toGoal, toGoalRef } from "./rows/goal-row.ts";
import { statement } from "./statements.ts";

interface GoalRecordRow extends GoalRow {
  parent_code: string | null;
  parent_title: string | null;
  parent_level: string | null;
}

/** Goals matching every given filter, in report and document order, each with its parent for display. */
export function findGoals(db: Db, filter: GoalFilter): GoalRecord[] {
  const sql = new FilterSql()
    .inList("g.report_id", "reportIds", filter.reportIds)
    .inList("g.code", "codes", filter.codes)
    .inList("g.title", "titles", filter.titles)
    .inList("g.assessment", "assessments", filter.assessments);
  return statement<Record<string, string | number>, GoalRecordRow>(
    db,
    `SELECT ${GOAL_COLUMNS}, p.code AS parent_code, p.title AS parent_title, p.level AS parent_level
       FROM goal g LEFT JOIN goal p ON p.id = g.parent_id ${sql.where()}
      ORDER BY g.report_id, g.ordinal`,
  )
    .all(sql.params)
    .map((row) => ({
      ...toGoal(row),
      dbId: row.id,
      reportId: row.report_id,
      parent:
        row.parent_title === null || row.parent_level === null
          ? null
          : toGoalRef(row.parent_code, row.parent_title, row.parent_level),
    }));
}
