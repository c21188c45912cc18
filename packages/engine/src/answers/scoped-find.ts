import type { ReportSummary } from "@tertial/store";
import type { Scope } from "../answer.ts";
import { describeScope, latestPeriod, resolveScope } from "../scope.ts";
import type { AskContext } from "./context.ts";

export interface ScopedRows<T> {
  rows: T[];
  /** The reports the scope covers (the rows' reports after a fallback). */
  reports: ReportSummary[];
  scope: Scope;
}

/**
 * Runs a lookup in the question's scope. Without a named period it first tries the latest loaded period
 * and, when the thing asked about is not in it, the latest period of the scope's reports that has it
 * (scope.periodIsDefault stays true so the answer says which period it used).
 */
export function findInScope<T extends { reportId: number }>(ctx: AskContext, find: (reportIds: number[]) => T[]): ScopedRows<T> {
  const first = resolveScope(ctx.data.reports, ctx.organisations, ctx.periods, "latest");
  const rows = first.reports.length === 0 ? [] : find(first.reports.map((r) => r.id));
  if (rows.length > 0 || ctx.periods.length > 0) return { rows, reports: first.reports, scope: first.scope };
  const all = resolveScope(ctx.data.reports, ctx.organisations, [], "all");
  const others = all.reports.filter((r) => !first.reports.includes(r));
  if (others.length === 0) return { rows, reports: first.reports, scope: first.scope };
  const found = find(others.map((r) => r.id));
  const withRows = others.filter((r) => found.some((row) => row.reportId === r.id));
  const latest = latestPeriod(withRows);
  const chosen = withRows.filter((r) => `${r.kind} ${r.year}` === latest);
  if (chosen.length === 0) return { rows, reports: first.reports, scope: first.scope };
  return { rows: found.filter((row) => chosen.some((r) => r.id === row.reportId)), reports: chosen, scope: describeScope(chosen, ctx.organisations, true) };
}
