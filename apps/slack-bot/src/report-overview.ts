import { periodName, type ReportKind } from "@tertial/domain";
import { listReports, tallyReports, type Db, type ReportSummary } from "@tertial/store";

export interface OrganisationOverview {
  organisation: string;
  reportCount: number;
  /** "T1 2020": the organisation's latest period. */
  latestPeriod: string;
  /** Indicators with status off-track or missed in the latest period's reports (the nämnd's and its units'). */
  offTrack: number;
  /** Budget rows in the latest period's reports (0: a budget question has nothing to show). */
  budgetLines: number;
  /** The latest period as year × 10 + T1 1, T2 2, VB 3: sorts organisations by their latest report. */
  latestRank: number;
}

export interface ReportOverview {
  reportCount: number;
  organisations: OrganisationOverview[];
}

const KIND_ORDER: Record<ReportKind, number> = { T1: 1, T2: 2, VB: 3 };

/** What App Home shows: per organisation, its report count and the latest period's off-track count. */
export function readReportOverview(db: Db): ReportOverview {
  const reports = listReports(db);
  const byOrganisation = new Map<string, ReportSummary[]>();
  for (const report of reports) {
    const list = byOrganisation.get(report.organisation) ?? [];
    list.push(report);
    byOrganisation.set(report.organisation, list);
  }
  const latestOf = [...byOrganisation].map(([organisation, list]) => {
    const latest = list.reduce((best, report) => (periodRank(report) > periodRank(best) ? report : best));
    return {
      organisation,
      list,
      latest,
      ids: list.filter((report) => periodRank(report) === periodRank(latest)).map((report) => report.id),
    };
  });
  // Counted in the database, in one pass over every organisation's latest reports.
  const tallies = new Map(
    tallyReports(
      db,
      latestOf.flatMap(({ ids }) => ids),
    ).map((tally) => [tally.reportId, tally]),
  );
  const offTrackIn = (id: number) =>
    (tallies.get(id)?.indicators["off-track"] ?? 0) + (tallies.get(id)?.indicators.missed ?? 0);
  const organisations: OrganisationOverview[] = latestOf.map(({ organisation, list, latest, ids }) => ({
    organisation,
    reportCount: list.length,
    latestPeriod: periodName(latest),
    offTrack: ids.reduce((sum, id) => sum + offTrackIn(id), 0),
    budgetLines: list
      .filter((report) => periodRank(report) === periodRank(latest))
      .reduce((sum, report) => sum + report.counts.budgetLines, 0),
    latestRank: periodRank(latest),
  }));
  organisations.sort((a, b) => a.organisation.localeCompare(b.organisation, "sv"));
  return { reportCount: reports.length, organisations };
}

function periodRank(report: Pick<ReportSummary, "kind" | "year">): number {
  return report.year * 10 + KIND_ORDER[report.kind];
}
