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

/** Reads the reports a digest covers from the store, one input per organisation (and unit), by name. */
export function readDigestInputs(db: Db, scope: DigestScope = {}): DigestInput[] {
  const reports = listReports(db).sort(compareReportPeriods);
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
  const pairs: { current: ReportSummary; previous: ReportSummary | null }[] = [];
  for (const group of groups.values()) {
    group.forEach((report, index) => {
      const chosen = scope.reportIds === undefined ? index === group.length - 1 : scope.reportIds.includes(report.id);
      if (chosen && (wanted === null || wanted.has(report.organisation)))
        pairs.push({ current: report, previous: group[index - 1] ?? null });
    });
  }
  pairs.sort(
    (a, b) =>
      a.current.organisation.localeCompare(b.current.organisation, "sv") || compareReportPeriods(a.current, b.current),
  );
  const ids = [
    ...new Set(
      pairs.flatMap((pair) => (pair.previous === null ? [pair.current.id] : [pair.current.id, pair.previous.id])),
    ),
  ];
  const data = readReportData(
    db,
    reports.filter((report) => ids.includes(report.id)),
  );
  return pairs.flatMap((pair) => {
    const current = data.get(pair.current.id);
    if (current === undefined) return [];
    return [{ current, previous: pair.previous === null ? null : (data.get(pair.previous.id) ?? null) }];
  });
}

function readReportData(db: Db, reports: readonly ReportSummary[]): Map<number, DigestReportData> {
  const reportIds = reports.map((report) => report.id);
  const byReport = new Map<number, DigestReportData>(
    reports.map((report) => [report.id, { report, indicators: [], goals: [], activities: [], budgetLines: [] }]),
  );
  if (reportIds.length === 0) return byReport;
  for (const row of findIndicators(db, { reportIds })) byReport.get(row.reportId)?.indicators.push(row);
  for (const row of findGoals(db, { reportIds })) byReport.get(row.reportId)?.goals.push(row);
  for (const row of findActivities(db, { reportIds })) byReport.get(row.reportId)?.activities.push(row);
  for (const row of findBudgetLines(db, { reportIds })) byReport.get(row.reportId)?.budgetLines.push(row);
  return byReport;
}
