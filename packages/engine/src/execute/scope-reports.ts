import type { ReportSummary } from "@tertial/store";
import type { Filters, PeriodSpec } from "../query/query.ts";

/** latest-each: each organisation's latest report (a unit's report counts on its own); all: every period. */
export type ScopeMode = "latest-each" | "all";

const KIND_ORDER = { T1: 1, T2: 2, VB: 3 } as const;

export interface ScopeResult {
  reports: ReportSummary[];
  /** True when no period was named and the mode chose the reports. */
  defaulted: boolean;
  /** Named periods that match no loaded report of the organisations ("T2 2020"). */
  dropped: string[];
}

/**
 * The reports a question covers. Named organisations narrow the list; named periods narrow it further.
 * A named period with no loaded report falls back to its year ("T2 2020" when only T1 2020 is loaded:
 * a T1 report announcing what T2 will ask for), and is dropped when even its year has none. Without
 * periods the mode decides.
 */
export function scopeReports(all: readonly ReportSummary[], filters: Filters, mode: ScopeMode): ScopeResult {
  const mine =
    filters.organisations.length === 0 ? [...all] : all.filter((r) => filters.organisations.includes(r.organisation));
  const dropped: string[] = [];
  const periods: PeriodSpec[] = [];
  for (const period of filters.periods) {
    if (mine.some((r) => matches(period, r, mine))) periods.push(period);
    else if (period.year !== null && mine.some((r) => r.year === period.year)) {
      periods.push({ kind: null, year: period.year });
      dropped.push(name(period));
    } else dropped.push(name(period));
  }
  if (periods.length > 0) {
    return { reports: mine.filter((r) => periods.some((p) => matches(p, r, mine))), defaulted: false, dropped };
  }
  if (mode === "all") return { reports: mine, defaulted: false, dropped };
  const latest = new Map<string, ReportSummary>();
  for (const report of mine) {
    const key = `${report.organisation}\u0000${report.unit ?? ""}`;
    const current = latest.get(key);
    if (current === undefined || isLater(report, current)) latest.set(key, report);
  }
  const chosen = new Set(latest.values());
  return { reports: mine.filter((r) => chosen.has(r)), defaulted: true, dropped };
}

/** A period matches a report; a kind without a year ("T2") means that kind's latest year. */
function matches(period: PeriodSpec, report: ReportSummary, reports: readonly ReportSummary[]): boolean {
  if (period.kind !== null && period.kind !== report.kind) return false;
  if (period.year !== null) return period.year === report.year;
  const years = reports.filter((r) => r.kind === period.kind).map((r) => r.year);
  return years.length === 0 || report.year === Math.max(...years);
}

function isLater(a: ReportSummary, b: ReportSummary): boolean {
  return a.year > b.year || (a.year === b.year && KIND_ORDER[a.kind] > KIND_ORDER[b.kind]);
}

function name(period: PeriodSpec): string {
  return [period.kind, period.year].filter((part) => part !== null).join(" ");
}

/**
 * The named periods for which no report of their year is loaded (for the named organisations, or
 * any): "1999", "VB 2030". A question naming only such periods has nothing to answer from.
 */
export function unloadedPeriods(all: readonly ReportSummary[], filters: Filters): string[] {
  const mine =
    filters.organisations.length === 0 ? all : all.filter((r) => filters.organisations.includes(r.organisation));
  return filters.periods.filter((p) => p.year !== null && !mine.some((r) => r.year === p.year)).map(name);
}
