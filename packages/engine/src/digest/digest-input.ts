import {
  findActivities,
  findBudgetLines,
  findGoals,
  findIndicators,
  foldText,
  listReports,
  type ActivityRecord,
  type BudgetLineRecord,
  type Db,
  type GoalRecord,
  type IndicatorRecord,
  type ReportSummary,
} from "@tertial/store";

/** Everything the digest reads from one report. */
export interface DigestReportData {
  report: ReportSummary;
  indicators: IndicatorRecord[];
  goals: GoalRecord[];
  activities: ActivityRecord[];
  budgetLines: BudgetLineRecord[];
}

/** One organisation's latest report (or a chosen one) and the report before it, if any. */
export interface DigestInput {
  current: DigestReportData;
  previous: DigestReportData | null;
}

export interface DigestScope {
  /** Organisation names or parts of them ("Norrmalm"); absent or empty = every organisation. */
  organisations?: readonly string[];
  /** Digest these reports (each against its predecessor) instead of each organisation's latest. */
  reportIds?: readonly number[];
}

const KIND_ORDER = { T1: 1, T2: 2, VB: 3 } as const;

/** Orders reports oldest first: by year, then T1 < T2 < VB, then load order. */
export function compareReportPeriods(a: ReportSummary, b: ReportSummary): number {
  return a.year - b.year || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id - b.id;
}

/**
 * The organisations among `known` that `query` names: an exact (case- and diacritic-insensitive)
 * match wins, otherwise every name containing the query ("Norrmalm" → "Norrmalms stadsdelsnämnd").
 */
export function matchOrganisations(known: readonly string[], query: string): string[] {
  const wanted = foldText(query.trim());
  if (wanted === "") return [];
  const exact = known.filter((name) => foldText(name) === wanted);
  return exact.length > 0 ? exact : known.filter((name) => foldText(name).includes(wanted));
}

/** One organisation's report to digest and the report before it (null for its first). */
export interface DigestPair {
  current: ReportSummary;
  previous: ReportSummary | null;
}

/** Reads the reports a digest covers from the store, one input per organisation (and unit), by name. */
export function readDigestInputs(db: Db, scope: DigestScope = {}): DigestInput[] {
  return readDigestPairs(db, digestPairs(listReports(db), scope));
}

/**
 * The report pairs a digest covers, one per organisation (and unit), by organisation name then period:
 * each chosen report (the latest, or those the scope names) with the report before it.
 */
export function digestPairs(all: readonly ReportSummary[], scope: DigestScope = {}): DigestPair[] {
  const reports = [...all].sort(compareReportPeriods);
  const groups = new Map<string, ReportSummary[]>();
  for (const report of reports) {
    const key = `${report.organisation}\u0000${report.unit ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), report]);
  }
  const known = [...new Set(reports.map((report) => report.organisation))];
  const wanted =
    scope.organisations !== undefined && scope.organisations.length > 0
      ? new Set(scope.organisations.flatMap((query) => matchOrganisations(known, query)))
      : null;
  const pairs: DigestPair[] = [];
  for (const group of groups.values()) {
    group.forEach((report, index) => {
      const chosen = scope.reportIds === undefined ? index === group.length - 1 : scope.reportIds.includes(report.id);
      if (chosen && (wanted === null || wanted.has(report.organisation)))
        pairs.push({ current: report, previous: group[index - 1] ?? null });
    });
  }
  return pairs.sort(
    (a, b) =>
      a.current.organisation.localeCompare(b.current.organisation, "sv") || compareReportPeriods(a.current, b.current),
  );
}

/**
 * Reads the rows of the pairs' reports: from the store (one query per kind of row for all of them), or
 * from `rows` (an engine's rows, which it keeps between questions).
 */
export function readDigestPairs(db: Db, pairs: readonly DigestPair[], rows: DigestRows = storeRows(db)): DigestInput[] {
  const reports = new Map<number, ReportSummary>();
  for (const pair of pairs) {
    reports.set(pair.current.id, pair.current);
    if (pair.previous !== null) reports.set(pair.previous.id, pair.previous);
  }
  const data = readReportData(rows, [...reports.values()].sort(compareReportPeriods));
  return pairs.flatMap((pair) => {
    const current = data.get(pair.current.id);
    if (current === undefined) return [];
    return [{ current, previous: pair.previous === null ? null : (data.get(pair.previous.id) ?? null) }];
  });
}

/** Where a digest reads its reports' rows from, each kind by report id then document order (the store's find*). */
export interface DigestRows {
  indicators(reportIds: readonly number[]): IndicatorRecord[];
  goals(reportIds: readonly number[]): GoalRecord[];
  activities(reportIds: readonly number[]): ActivityRecord[];
  budgetLines(reportIds: readonly number[]): BudgetLineRecord[];
}

function storeRows(db: Db): DigestRows {
  return {
    indicators: (reportIds) => findIndicators(db, { reportIds }),
    goals: (reportIds) => findGoals(db, { reportIds }),
    activities: (reportIds) => findActivities(db, { reportIds }),
    budgetLines: (reportIds) => findBudgetLines(db, { reportIds }),
  };
}

function readReportData(rows: DigestRows, reports: readonly ReportSummary[]): Map<number, DigestReportData> {
  const reportIds = reports.map((report) => report.id);
  const byReport = new Map<number, DigestReportData>(
    reports.map((report) => [report.id, { report, indicators: [], goals: [], activities: [], budgetLines: [] }]),
  );
  if (reportIds.length === 0) return byReport;
  for (const row of rows.indicators(reportIds)) byReport.get(row.reportId)?.indicators.push(row);
  for (const row of rows.goals(reportIds)) byReport.get(row.reportId)?.goals.push(row);
  for (const row of rows.activities(reportIds)) byReport.get(row.reportId)?.activities.push(row);
  for (const row of rows.budgetLines(reportIds)) byReport.get(row.reportId)?.budgetLines.push(row);
  return byReport;
}
