import type { Assessment, Goal, GoalId, GoalLevel } from "@tertial/domain";
import type { GoalRef } from "../records.ts";
import { insertSql, type RowValues } from "./insert-sql.ts";

export interface GoalRow {
  id: number;
  report_id: number;
  ordinal: number;
  goal_key: string;
  level: string;
  code: string | null;
  title: string;
  parent_key: string | null;
  assessment: string;
  assessment_raw: string | null;
  description: string | null;
  expected_result: string | null;
  analysis: string | null;
  source_file: string;
  source_line: number;
}

/** Columns of `goal g` plus the parent's key; add `FROM goal g LEFT JOIN goal p ON p.id = g.parent_id`. */
export const GOAL_COLUMNS = `g.id, g.report_id, g.ordinal, g.goal_key, g.level, g.code, g.title, p.goal_key AS parent_key,
  g.assessment, g.assessment_raw, g.description, g.expected_result, g.analysis, g.source_file, g.source_line`;

/** The one place a goal row becomes a domain Goal. */
export function toGoal(row: GoalRow): Goal {
  return {
    id: row.goal_key as GoalId,
    level: row.level as GoalLevel,
    code: row.code,
    title: row.title,
    parentId: row.parent_key as GoalId | null,
    assessment: row.assessment as Assessment,
    assessmentRaw: row.assessment_raw,
    description: row.description,
    expectedResult: row.expected_result,
    analysis: row.analysis,
    source: { file: row.source_file, line: row.source_line },
  };
}

/** Columns of the goal a row hangs under, as `goal_code`, `goal_title`, `goal_level`. */
export interface GoalRefColumns {
  goal_code: string | null;
  goal_title: string;
  goal_level: string;
}

export function toGoalRef(code: string | null, title: string, level: string): GoalRef {
  return { code, title, level: level as GoalLevel };
}

const GOAL_INSERT_COLUMNS = [
  "report_id",
  "ordinal",
  "goal_key",
  "level",
  "code",
  "title",
  "parent_id",
  "assessment",
  "assessment_raw",
  "description",
  "expected_result",
  "analysis",
  "source_file",
  "source_line",
] as const;

export const INSERT_GOAL = insertSql("goal", GOAL_INSERT_COLUMNS);

/** Values for INSERT_GOAL, in GOAL_INSERT_COLUMNS order. */
export function goalParams(goal: Goal, reportId: number, ordinal: number, parentId: number | null): RowValues {
  return [
    reportId,
    ordinal,
    goal.id,
    goal.level,
    goal.code,
    goal.title,
    parentId,
    goal.assessment,
    goal.assessmentRaw,
    goal.description,
    goal.expectedResult,
    goal.analysis,
    goal.source.file,
    goal.source.line,
  ];
}
