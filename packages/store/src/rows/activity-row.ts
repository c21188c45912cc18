import type { Activity, ActivityState, GoalId } from "@tertial/domain";
import { insertSql, type RowValues, toSource } from "./insert-sql.ts";

export interface ActivityRow {
  id: number;
  report_id: number;
  goal_key: string;
  title: string;
  glyph: string | null;
  state: string | null;
  start_date: string | null;
  end_date: string | null;
  deviation: number;
  deviation_text: string | null;
  delay_hint: string | null;
  analysis: string | null;
  source_file: string;
  source_line: number;
  /** Migration 009; NULL for a one-line fact and for rows loaded before it. */
  source_end_line: number | null;
}

/** Add `FROM activity a JOIN goal g ON g.id = a.goal_id`. */
export const ACTIVITY_COLUMNS = `a.id, a.report_id, g.goal_key, a.title, a.glyph, a.state, a.start_date, a.end_date,
  a.deviation, a.deviation_text, a.delay_hint, a.analysis, a.source_file, a.source_line, a.source_end_line`;

/** The one place an activity row becomes a domain Activity. */
export function toActivity(row: ActivityRow): Activity {
  return {
    goalId: row.goal_key as GoalId,
    title: row.title,
    glyph: row.glyph,
    state: row.state as ActivityState | null,
    startDate: row.start_date,
    endDate: row.end_date,
    deviation: row.deviation === 1,
    deviationText: row.deviation_text,
    delayHint: row.delay_hint,
    analysis: row.analysis,
    source: toSource(row.source_file, row.source_line, row.source_end_line),
  };
}

const ACTIVITY_INSERT_COLUMNS = [
  "report_id",
  "ordinal",
  "goal_id",
  "title",
  "glyph",
  "state",
  "start_date",
  "end_date",
  "deviation",
  "deviation_text",
  "delay_hint",
  "analysis",
  "source_file",
  "source_line",
  "source_end_line",
] as const;

export const INSERT_ACTIVITY = insertSql("activity", ACTIVITY_INSERT_COLUMNS);

/** Values for INSERT_ACTIVITY, in ACTIVITY_INSERT_COLUMNS order. */
export function activityParams(activity: Activity, reportId: number, ordinal: number, goalId: number): RowValues {
  return [
    reportId,
    ordinal,
    goalId,
    activity.title,
    activity.glyph,
    activity.state,
    activity.startDate,
    activity.endDate,
    activity.deviation ? 1 : 0,
    activity.deviationText,
    activity.delayHint,
    activity.analysis,
    activity.source.file,
    activity.source.line,
    activity.source.endLine ?? null,
  ];
}
