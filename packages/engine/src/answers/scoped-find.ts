import type { ReportSummary } from "@tertial/store";
import type { Scope } from "../answer.ts";
import { describeScope, latestPeriod, resolveScope } from "../scope.ts";
import type { AskContext } from "./context.ts";

export interface ScopedRows<T> {
  rows: T[];
  /** The reports the scope covers (the rows' reports after a fallback). */
  reports: ReportSummary[];
  scope: Scope;
  /** True when the latest period did not have it and an earlier period's reports answer instead. */
  fellBack: boolean;
}

/**
 * Runs a lookup in the question's scope. Without a named period it first tries the latest loaded period
 * and, when the thing asked about is not in it, the latest earlier period of the scope's reports that has
 * it (scope.periodIsDefault stays true so the answer says which period it used). Earlier periods are
 * probed newest first in doubling batches, so a large database is not scanned when a recent report has it.
 */
export function findInScope<T extends { reportId: number }>(
  ctx: AskContext,
  find: (reportIds: number[]) => T[],
): ScopedRows<T> {
  const first = resolveScope(ctx.data.reports, ctx.organisations, ctx.periods, "latest");
  const rows = first.reports.length === 0 ? [] : find(first.reports.map((r) => r.id));
  if (rows.length > 0 || ctx.periods.length > 0)
    return { rows, reports: first.reports, scope: first.scope, fellBack: false };
  const all = resolveScope(ctx.data.reports, ctx.organisations, [], "all");
  const byPeriod = new Map<string, ReportSummary[]>();
  for (const r of [...all.reports].reverse()) {
    if (first.reports.includes(r)) continue;
    const key = `${r.kind} ${r.year}`;
    byPeriod.set(key, [...(byPeriod.get(key) ?? []), r]);
  }
  const periods = [...byPeriod.values()];
  for (let start = 0, size = 1; start < periods.length; start += size, size *= 2) {
    const batch = periods.slice(start, start + size).flat();
    const found = find(batch.map((r) => r.id));
    if (found.length === 0) continue;
    const withRows = batch.filter((r) => found.some((row) => row.reportId === r.id));
    const latest = latestPeriod(withRows);
    const chosen = withRows.filter((r) => `${r.kind} ${r.year}` === latest);
    return {
      rows: found.filter((row) => chosen.some((r) => r.id === row.reportId)),
      reports: chosen,
      scope: describeScope(chosen, ctx.organisations, true),
      fellBack: true,
    };
  }
  return { rows, reports: first.reports, scope: first.scope, fellBack: false };
}
