import type { Db } from "./open-database.ts";
import type { Catalogue, ReportSummary } from "./records.ts";
import { REPORT_COLUMNS, type ReportRow, toReportSummary } from "./rows/report-row.ts";
import { statement } from "./statements.ts";

/** Every loaded report, ordered by year, kind, organisation (then unit). */
export function listReports(db: Db): ReportSummary[] {
  return statement<[], ReportRow>(
    db,
    `SELECT ${REPORT_COLUMNS} FROM report r JOIN organisation o ON o.id = r.organisation_id
      ORDER BY r.year, r.kind, o.name, ifnull(r.unit, ''), r.id`,
  )
    .all()
    .map(toReportSummary);
}

/** How many reports are loaded: one count over the report table (the bot's health check). */
export function countReports(db: Db): number {
  return statement<[], { n: number }>(db, "SELECT count(*) AS n FROM report").get()?.n ?? 0;
}

/** The distinct names across all loaded reports, for entity resolution; each list sorted. */
export function readCatalogue(db: Db): Catalogue {
  const names = (sql: string) =>
    statement<[], { name: string }>(db, sql)
      .all()
      .map((row) => row.name);
  const catalogued = (kind: string) => names(`SELECT name FROM catalogue_name WHERE kind = '${kind}' ORDER BY name`);
  return {
    organisations: names(
      "SELECT name FROM organisation WHERE id IN (SELECT organisation_id FROM report) ORDER BY name",
    ),
    units: names("SELECT DISTINCT unit AS name FROM report WHERE unit IS NOT NULL ORDER BY unit"),
    indicatorNames: catalogued("indicator"),
    // A goal without a code is catalogued with code '' (which sorts first, as NULL did).
    goalTitles: statement<[], { code: string | null; title: string }>(
      db,
      "SELECT nullif(code, '') AS code, name AS title FROM catalogue_name WHERE kind = 'goal' ORDER BY name, code",
    )
      .all()
      .map((row) => ({ code: row.code, title: row.title })),
    activityTitles: catalogued("activity"),
    budgetRows: catalogued("budget"),
  };
}
