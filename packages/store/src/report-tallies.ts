import type { Assessment, Status } from "@tertial/domain";
import { FilterSql } from "./filter-sql.ts";
import type { Db } from "./open-database.ts";
import type { ReportId } from "./records.ts";
import { statement } from "./statements.ts";

/** How one report's indicators, goals and activities stand, counted in the database (ReportSummary.counts has the totals). */
export interface ReportTally {
  reportId: ReportId;
  /** Indicators per status (every status present, 0 when none). */
  indicators: Record<Status, number>;
  /** Goals per assessment (every assessment present, 0 when none). */
  goals: Record<Assessment, number>;
  /** Activities with the Avvikelse column filled or a delay phrase in their analysis (as findActivities' deviatingOnly). */
  deviatingActivities: number;
}

const NO_STATUSES: Readonly<Record<Status, number>> = {
  met: 0,
  "on-track": 0,
  "at-risk": 0,
  "off-track": 0,
  missed: 0,
  unknown: 0,
};
const NO_ASSESSMENTS: Readonly<Record<Assessment, number>> = { helt: 0, delvis: 0, ej: 0, "none-given": 0 };

/** Counts for each of `reportIds`, in that order (a repeated id once); an id that is not loaded counts zero everywhere. */
export function tallyReports(db: Db, reportIds: readonly ReportId[]): ReportTally[] {
  const tallies = new Map<ReportId, ReportTally>(
    reportIds.map((reportId) => [
      reportId,
      { reportId, indicators: { ...NO_STATUSES }, goals: { ...NO_ASSESSMENTS }, deviatingActivities: 0 },
    ]),
  );
  const filter = new FilterSql().inList("report_id", "reportIds", reportIds);
  const groups = <K extends string>(sql: string) =>
    statement<Record<string, string | number>, { report_id: number; key: K; n: number }>(db, sql).all(filter.params);
  for (const row of groups<Status>(
    `SELECT report_id, status AS key, count(*) AS n FROM indicator ${filter.where()} GROUP BY report_id, status`,
  )) {
    const tally = tallies.get(row.report_id);
    if (tally) tally.indicators[row.key] = row.n;
  }
  for (const row of groups<Assessment>(
    `SELECT report_id, assessment AS key, count(*) AS n FROM goal ${filter.where()} GROUP BY report_id, assessment`,
  )) {
    const tally = tallies.get(row.report_id);
    if (tally) tally.goals[row.key] = row.n;
  }
  // Written as the partial index activity_deviating is, so the planner can use it.
  for (const row of groups<"deviating">(
    `SELECT report_id, 'deviating' AS key, count(*) AS n FROM activity ${filter.where()} AND (deviation = 1 OR delay_hint IS NOT NULL) GROUP BY report_id`,
  )) {
    const tally = tallies.get(row.report_id);
    if (tally) tally.deviatingActivities = row.n;
  }
  return [...tallies.values()];
}
