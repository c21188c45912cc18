import { findIndicators, type IndicatorRecord } from "@tertial/store";
import type { SubjectMatch } from "../catalogue/resolve-subject.ts";
import type { PeriodFilter } from "../grammar/periods.ts";
import { describeScope, resolveScope } from "../scope.ts";
import { type AskContext, type Draft, noReportsDraft, report } from "./context.ts";
import { indicatorItem } from "./items.ts";
import { joinList, t } from "./labels.ts";

const KIND_ORDER = { T1: 1, T2: 2, VB: 3 } as const;

/**
 * One indicator over time, per organisation, oldest first. Two named periods ("T1 2017 → T1 2020")
 * give the range between them; one named period narrows to it; none gives every loaded period.
 */
export function answerTrend(ctx: AskContext, match: SubjectMatch): Draft {
  const range = yearRange(ctx.periods);
  const base = resolveScope(ctx.data.reports, ctx.organisations, range === null ? ctx.periods : [], "all");
  const reports =
    range === null
      ? base.reports
      : base.reports.filter(
          (r) => r.year >= range.from && r.year <= range.to && (range.kind === null || r.kind === range.kind),
        );
  if (reports.length === 0) return noReportsDraft(ctx, "trend", base.scope);
  const rows = sortSeries(findIndicators(ctx.db, { reportIds: reports.map((r) => r.id), names: match.names }), ctx);
  const covered = reports.filter((r) => rows.some((row) => row.reportId === r.id));
  const scope = describeScope(covered.length > 0 ? covered : reports, ctx.organisations, false);
  const periods = scope.periods;
  const span =
    periods.length === 0
      ? ""
      : periods.length === 1
        ? (periods[0] ?? "")
        : `${periods[0] ?? ""} → ${periods[periods.length - 1] ?? ""}`;
  const lead =
    rows.length === 0
      ? [
          t(
            ctx.language,
            `Indikatorn "${match.name}" finns inte i de valda rapporterna.`,
            `The indicator "${match.name}" is not in the chosen reports.`,
          ),
        ]
      : [
          t(
            ctx.language,
            `${match.name} över tid — ${joinList("sv", scope.organisations)}, ${span}:`,
            `${match.name} over time — ${joinList("en", scope.organisations)}, ${span}:`,
          ),
        ];
  const notes =
    rows.length === 1
      ? [
          t(
            ctx.language,
            "Bara en rapport har indikatorn; ladda fler rapporter för en tidsserie.",
            "Only one report has this indicator; load more reports for a series.",
          ),
        ]
      : [];
  const items = rows.map((row) => indicatorItem(row, report(ctx, row.reportId), ctx.language));
  return { intent: "trend", scope, lead, items, notes, suggestions: [], subject: match.name };
}

/** One indicator across organisations: each organisation's latest report, or the named period. */
export function answerCompare(ctx: AskContext, match: SubjectMatch): Draft {
  const base = resolveScope(ctx.data.reports, ctx.organisations, ctx.periods, "latest-per-organisation");
  if (base.reports.length === 0) return noReportsDraft(ctx, "compare", base.scope);
  const rows = findIndicators(ctx.db, { reportIds: base.reports.map((r) => r.id), names: match.names }).sort(
    (a, b) =>
      report(ctx, a.reportId).organisation.localeCompare(report(ctx, b.reportId).organisation, "sv") ||
      a.reportId - b.reportId ||
      a.source.line - b.source.line,
  );
  const covered = base.reports.filter((r) => rows.some((row) => row.reportId === r.id));
  const scope = describeScope(
    covered.length > 0 ? covered : base.reports,
    ctx.organisations,
    base.scope.periodIsDefault,
  );
  const lead =
    rows.length === 0
      ? [
          t(
            ctx.language,
            `Ingen nämnd har indikatorn "${match.name}" i de valda rapporterna.`,
            `No committee has the indicator "${match.name}" in the chosen reports.`,
          ),
        ]
      : [
          t(
            ctx.language,
            `${match.name} per nämnd (${base.scope.periodIsDefault ? "varje nämnds senaste rapport" : scope.periods.join(", ")}):`,
            `${match.name} by committee (${base.scope.periodIsDefault ? "each committee's latest report" : scope.periods.join(", ")}):`,
          ),
        ];
  const notes =
    scope.organisations.length === 1 && rows.length > 0
      ? [
          t(
            ctx.language,
            "Bara en nämnd har indikatorn bland de inlästa rapporterna.",
            "Only one committee has this indicator among the loaded reports.",
          ),
        ]
      : [];
  const items = rows.map((row) => indicatorItem(row, report(ctx, row.reportId), ctx.language));
  return { intent: "compare", scope, lead, items, notes, suggestions: [], subject: match.name };
}

function sortSeries(rows: IndicatorRecord[], ctx: AskContext): IndicatorRecord[] {
  return rows.sort((a, b) => {
    const ra = report(ctx, a.reportId);
    const rb = report(ctx, b.reportId);
    return (
      ra.organisation.localeCompare(rb.organisation, "sv") ||
      ra.year - rb.year ||
      KIND_ORDER[ra.kind] - KIND_ORDER[rb.kind] ||
      a.source.line - b.source.line
    );
  });
}

function yearRange(periods: readonly PeriodFilter[]): { from: number; to: number; kind: PeriodFilter["kind"] } | null {
  const years = periods.map((p) => p.year).filter((y): y is number => y !== null);
  if (periods.length < 2 || years.length < 2) return null;
  const kinds = new Set(periods.map((p) => p.kind));
  const [kind] = [...kinds];
  return {
    from: Math.min(...years),
    to: Math.max(...years),
    kind: kinds.size === 1 && kind !== undefined ? kind : null,
  };
}
