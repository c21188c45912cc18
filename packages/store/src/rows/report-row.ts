import type { IdentitySource, Report, ReportKind } from "@tertial/domain";
import type { ReportSummary } from "../records.ts";

export interface ReportRow {
  id: number;
  organisation: string;
  unit: string | null;
  kind: string;
  year: number;
  date: string | null;
  source_file: string;
  checksum: string;
  identity_source: string;
  loaded_at: string;
  goal_count: number;
  indicator_count: number;
  activity_count: number;
  budget_line_count: number;
  budget_request_count: number;
}

/** Add `FROM report r JOIN organisation o ON o.id = r.organisation_id`. */
export const REPORT_COLUMNS = `r.id, o.name AS organisation, r.unit, r.kind, r.year, r.date, r.source_file, r.checksum,
  r.identity_source, r.loaded_at, r.goal_count, r.indicator_count, r.activity_count, r.budget_line_count, r.budget_request_count`;

/** The one place a report row becomes the domain Report (identity fields only). */
export function toReport(row: ReportRow): Report {
  return {
    organisation: row.organisation,
    unit: row.unit,
    kind: row.kind as ReportKind,
    year: row.year,
    date: row.date,
    sourceFile: row.source_file,
    checksum: row.checksum,
    identitySource: row.identity_source as IdentitySource,
  };
}

export function toReportSummary(row: ReportRow): ReportSummary {
  return {
    ...toReport(row),
    id: row.id,
    loadedAt: row.loaded_at,
    counts: {
      goals: row.goal_count,
      indicators: row.indicator_count,
      activities: row.activity_count,
      budgetLines: row.budget_line_count,
      budgetRequests: row.budget_request_count,
    },
  };
}
