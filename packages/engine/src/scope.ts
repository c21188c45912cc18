import type { ReportSummary } from "@tertial/store";
import type { Scope } from "./answer.ts";
import { periodMatches, type PeriodFilter } from "./query/periods.ts";

export interface ResolvedScope {
  reports: ReportSummary[];
  scope: Scope;
}

/**
 * latest: the latest period among the organisations' reports ("this tertial"); all: every period;
 * latest-per-organisation: each organisation's own latest report.
 */
export type DefaultPeriod = "latest" | "all" | "latest-per-organisation";

const periodKey = (report: ReportSummary) => `${report.kind} ${report.year}`;

/** The latest period among `reports` (sorted oldest first), e.g. "T2 2021"; null when there are none. */
export function latestPeriod(reports: readonly ReportSummary[]): string | null {
  let latest: ReportSummary | null = null;
  for (const report of reports) if (latest === null || isLater(report, latest)) latest = report;
  return latest === null ? null : periodKey(latest);
}

const KIND_ORDER = { T1: 1, T2: 2, VB: 3 } as const;
function isLater(a: ReportSummary, b: ReportSummary): boolean {
  return a.year > b.year || (a.year === b.year && KIND_ORDER[a.kind] > KIND_ORDER[b.kind]);
}

/**
 * The reports a question covers. Named periods narrow to those periods; a kind without a year ("T2")
 * means that kind's latest year. Without a named period `fallback` decides, and scope.periodIsDefault
 * tells the answer to say which period "this tertial" was.
 */
export function resolveScope(
  all: readonly ReportSummary[],
  organisations: readonly string[],
  periods: readonly PeriodFilter[],
  fallback: DefaultPeriod,
): ResolvedScope {
  const byOrganisation =
    organisations.length === 0 ? [...all] : all.filter((report) => organisations.includes(report.organisation));
  let reports: ReportSummary[];
  let periodIsDefault = false;
  if (periods.length > 0) {
    const filters = periods.map((filter) => {
      if (filter.kind === null || filter.year !== null) return filter;
      const years = byOrganisation.filter((report) => report.kind === filter.kind).map((report) => report.year);
      return years.length === 0 ? filter : { kind: filter.kind, year: Math.max(...years) };
    });
    reports = byOrganisation.filter((report) => filters.some((filter) => periodMatches(filter, report)));
  } else if (fallback === "all") {
    reports = byOrganisation;
  } else if (fallback === "latest") {
    const latest = latestPeriod(byOrganisation);
    reports = byOrganisation.filter((report) => periodKey(report) === latest);
    periodIsDefault = true;
  } else {
    const latestOf = new Map<string, ReportSummary>();
    for (const report of byOrganisation) {
      const key = `${report.organisation}\u0000${report.unit ?? ""}`;
      const current = latestOf.get(key);
      if (current === undefined || isLater(report, current)) latestOf.set(key, report);
    }
    reports = byOrganisation.filter((report) => [...latestOf.values()].includes(report));
    periodIsDefault = true;
  }
  return { reports, scope: describeScope(reports, organisations, periodIsDefault) };
}

/** Scope of an answer: the organisations asked about (else those covered) and the periods covered, oldest first. */
export function describeScope(
  reports: readonly ReportSummary[],
  organisations: readonly string[],
  periodIsDefault: boolean,
): Scope {
  const ordered = [...reports].sort((a, b) => a.year - b.year || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  return {
    organisations:
      organisations.length > 0
        ? [...organisations]
        : [...new Set(ordered.map((report) => report.organisation))].sort((a, b) => a.localeCompare(b, "sv")),
    periods: [...new Set(ordered.map(periodKey))],
    periodIsDefault,
  };
}
