import type { ParsedReport, ParseWarning } from "@tertial/domain";
import { addToCatalogue, removeFromCatalogue } from "./catalogue-names.ts";
import { toStoreError } from "./errors.ts";
import type { Db } from "./open-database.ts";
import { type PreparedReport, prepareReport } from "./prepared-report.ts";
import { reportTextEntries } from "./report-text.ts";
import { INSERT_ACTIVITY, activityParams } from "./rows/activity-row.ts";
import { INSERT_BUDGET_LINE, INSERT_BUDGET_REQUEST, budgetLineParams, budgetRequestParams } from "./rows/budget-row.ts";
import { INSERT_GOAL, goalParams } from "./rows/goal-row.ts";
import { INSERT_INDICATOR, indicatorParams } from "./rows/indicator-row.ts";
import type { RowValues } from "./rows/insert-sql.ts";
import { savePassages } from "./passages.ts";
import { statement } from "./statements.ts";
import { indexReportText } from "./text-index.ts";
import { findSameReports } from "./same-reports.ts";
import { findRepetition, findShrinkage, refusal } from "./replacement-guard.ts";

export type SaveOutcome = "added" | "unchanged" | "replaced";

export interface SaveResult {
  outcome: SaveOutcome;
  reportId: number;
  /** Set when `replace` forced a report the guard refuses; stored with the report as a parse warning. */
  forced?: ParseWarning;
}

export interface SaveOptions {
  /**
   * Store the report even when the replacement guard refuses it (it repeats itself, or holds less than the
   * stored version); the guard's reason is kept as a parse warning of the report.
   */
  replace?: boolean;
}

/**
 * Saves one parsed report in one transaction. The same file with the same identity is "unchanged"
 * (nothing is written); a report with the same organisation+unit+kind+year, or from the same source
 * file, is replaced atomically (keeping its id); anything else is "added". On any error the database
 * is left exactly as it was.
 *
 * The replacement guard (docs/replacement-guard.md) throws RefusedReportError, unless `replace` is set,
 * for a report that repeats itself or holds less than the stored version it would replace.
 */
export function saveReport(db: Db, report: ParsedReport, options: SaveOptions = {}): SaveResult {
  return savePreparedReport(db, prepareReport(report), options);
}

/** saveReport for a report prepareReport has already checked and folded (in a parse worker, say). */
export function savePreparedReport(db: Db, prepared: PreparedReport, options: SaveOptions = {}): SaveResult {
  const { folded, contentBytes = null } = prepared;
  try {
    return db
      .transaction((): SaveResult => {
        let report = prepared.report;
        const same = findSameReports(db, report);
        if (same.unchanged !== null) return { outcome: "unchanged", reportId: same.unchanged };
        const reason = findRepetition(report) ?? findShrinkage(db, report, contentBytes, same.replaced);
        let forced: ParseWarning | undefined;
        if (reason !== null) {
          if (options.replace !== true) throw refusal(report, reason);
          forced = { file: report.sourceFile, line: 1, message: `stored with --replace although ${reason}` };
          report = { ...report, warnings: [...report.warnings, forced] };
        }
        for (const id of same.replaced) deleteReport(db, id);
        const reportId = insertReport(db, report, folded, contentBytes, same.replaced[0] ?? null);
        const outcome = same.replaced.length > 0 ? "replaced" : "added";
        return forced === undefined ? { outcome, reportId } : { outcome, reportId, forced };
      })
      .immediate();
  } catch (error) {
    throw toStoreError(error, db.name);
  }
}

/** Deletes one report and everything hanging under it; drops its organisation when it has no reports left. */
export function deleteReport(db: Db, reportId: number): void {
  const row = statement<{ id: number }, { organisation_id: number }>(
    db,
    "SELECT organisation_id FROM report WHERE id = @id",
  ).get({ id: reportId });
  removeFromCatalogue(db, reportId);
  statement(db, "DELETE FROM report WHERE id = @id").run({ id: reportId });
  if (row) {
    statement(
      db,
      "DELETE FROM organisation WHERE id = @id AND NOT EXISTS (SELECT 1 FROM report WHERE organisation_id = @id)",
    ).run({
      id: row.organisation_id,
    });
  }
}

function insertReport(
  db: Db,
  report: ParsedReport,
  folded: readonly string[],
  contentBytes: number | null,
  reuseId: number | null,
): number {
  const organisation = statement<{ name: string }, { id: number }>(
    db,
    "INSERT INTO organisation (name) VALUES (@name) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id",
  ).get({ name: report.organisation });
  if (!organisation) throw new Error("organisation insert returned no id");
  const inserted = statement(
    db,
    `INSERT INTO report (id, organisation_id, unit, kind, year, date, source_file, checksum, identity_source, loaded_at,
      goal_count, indicator_count, activity_count, budget_line_count, budget_request_count, content_bytes)
     VALUES (@id, @organisationId, @unit, @kind, @year, @date, @sourceFile, @checksum, @identitySource, @loadedAt,
      @goals, @indicators, @activities, @budgetLines, @budgetRequests, @contentBytes)`,
  ).run({
    id: reuseId,
    organisationId: organisation.id,
    unit: report.unit,
    kind: report.kind,
    year: report.year,
    date: report.date,
    sourceFile: report.sourceFile,
    checksum: report.checksum,
    identitySource: report.identitySource,
    loadedAt: new Date().toISOString(),
    goals: report.goals.length,
    indicators: report.indicators.length,
    activities: report.activities.length,
    budgetLines: report.budgetLines.length,
    budgetRequests: report.budgetRequests.length,
    contentBytes,
  });
  const reportId = Number(inserted.lastInsertRowid);
  const goalIds = insertGoals(db, report, reportId);
  const goalIdOf = (key: string): number => {
    const id = goalIds.get(key);
    if (id === undefined) throw new Error(`goal ${key} vanished`);
    return id;
  };
  const indicator = statement<[RowValues]>(db, INSERT_INDICATOR);
  report.indicators.forEach((item, i) => indicator.run(indicatorParams(item, reportId, i, goalIdOf(item.goalId))));
  const activity = statement<[RowValues]>(db, INSERT_ACTIVITY);
  report.activities.forEach((item, i) => activity.run(activityParams(item, reportId, i, goalIdOf(item.goalId))));
  const budgetLine = statement<[RowValues]>(db, INSERT_BUDGET_LINE);
  report.budgetLines.forEach((item, i) => budgetLine.run(budgetLineParams(item, reportId, i)));
  const budgetRequest = statement<[RowValues]>(db, INSERT_BUDGET_REQUEST);
  report.budgetRequests.forEach((item, i) => budgetRequest.run(budgetRequestParams(item, reportId, i)));
  const warning = statement<[RowValues]>(
    db,
    "INSERT INTO parse_warning (report_id, ordinal, file, line, message) VALUES (?, ?, ?, ?, ?)",
  );
  report.warnings.forEach((item, i) => warning.run([reportId, i, item.file, item.line, item.message]));
  indexReportText(db, reportId, reportTextEntries(report), folded);
  savePassages(db, reportId, report.passages);
  addToCatalogue(db, report);
  return reportId;
}

/** Inserts goals in order; a parent printed after its child is linked once both exist. */
function insertGoals(db: Db, report: ParsedReport, reportId: number): Map<string, number> {
  const ids = new Map<string, number>();
  const late: { id: number; parentKey: string }[] = [];
  const insert = statement<[RowValues]>(db, INSERT_GOAL);
  report.goals.forEach((goal, i) => {
    const parentId = goal.parentId === null ? null : (ids.get(goal.parentId) ?? null);
    const id = Number(insert.run(goalParams(goal, reportId, i, parentId)).lastInsertRowid);
    ids.set(goal.id, id);
    if (goal.parentId !== null && parentId === null) late.push({ id, parentKey: goal.parentId });
  });
  const link = statement<[number | null, number]>(db, "UPDATE goal SET parent_id = ? WHERE id = ?");
  for (const { id, parentKey } of late) link.run(ids.get(parentKey) ?? null, id);
  return ids;
}
