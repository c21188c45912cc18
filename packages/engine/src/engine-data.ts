import {
  type ActivityRecord,
  type BudgetLineRecord,
  type Catalogue,
  type Db,
  findActivities,
  findBudgetLines,
  findGoals,
  findIndicators,
  type GoalRecord,
  type IndicatorRecord,
  listReports,
  readCatalogue,
  type ReportSummary,
} from "@tertial/store";
import { compareReportPeriods } from "./digest/digest-input.ts";
import type { OrganisationDigest } from "./digest/digest-types.ts";
import { createOrganisationResolver, type OrganisationResolver } from "./catalogue/resolve-organisation.ts";
import { groupRows } from "./budget/group-rows.ts";
import { ReportRows } from "./report-rows.ts";

/**
 * What an engine reads once per refresh: the report list, the catalogue of distinct names and the
 * committees; and what it works out from them on demand and keeps until the next refresh.
 */
export interface EngineData {
  /** Oldest first (year, then T1 < T2 < VB). */
  reports: ReportSummary[];
  reportById: Map<number, ReportSummary>;
  catalogue: Catalogue;
  organisations: OrganisationResolver;
  /**
   * Each report's comparison with the report before it ("vad har ändrats?"), keyed by the pair's
   * report ids, built the first time it is asked for: reading and matching two reports' rows is the
   * costliest work an answer does, and the pair's result cannot change before the next refresh.
   */
  digests: Map<string, OrganisationDigest>;
  /** The reports holding a catalogue name ("indicator\u0000Antal hemlösa"), looked up the first time it is asked for. */
  namedReports: Map<string, Set<number>>;
  /** Each report's rows, read the first time a question covers the report (see ReportRows). */
  rows: {
    indicators: ReportRows<IndicatorRecord>;
    goals: ReportRows<GoalRecord>;
    activities: ReportRows<ActivityRecord>;
    budgetLines: ReportRows<BudgetLineRecord>;
    /** The budget lines as printed rows (groupRows: one row's cells together). */
    budgetRows: ReportRows<BudgetLineRecord[]>;
  };
}

export function readEngineData(db: Db): EngineData {
  const reports = listReports(db).sort(compareReportPeriods);
  const catalogue = readCatalogue(db);
  return {
    reports,
    reportById: new Map(reports.map((report) => [report.id, report])),
    catalogue,
    organisations: createOrganisationResolver(catalogue.organisations),
    digests: new Map(),
    namedReports: new Map(),
    rows: readRows(db),
  };
}

function readRows(db: Db): EngineData["rows"] {
  const reportOf = (row: { reportId: number }) => row.reportId;
  const budgetLines = new ReportRows((reportIds) => findBudgetLines(db, { reportIds }), reportOf);
  return {
    indicators: new ReportRows((reportIds) => findIndicators(db, { reportIds }), reportOf),
    goals: new ReportRows((reportIds) => findGoals(db, { reportIds }), reportOf),
    activities: new ReportRows((reportIds) => findActivities(db, { reportIds }), reportOf),
    budgetLines,
    budgetRows: new ReportRows(
      (reportIds) => groupRows(budgetLines.of(reportIds)),
      (cells) => cells[0]?.reportId,
    ),
  };
}
