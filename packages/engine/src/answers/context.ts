import type { Db, ReportSummary } from "@tertial/store";
import type { AnswerItem, ComputedFigure, Intent, Language, Scope } from "../answer.ts";
import type { EngineData } from "../engine-data.ts";
import type { PeriodFilter } from "../query/periods.ts";
import { reportName, reportRef } from "./items.ts";
import { joinList, t } from "./labels.ts";

/** What an intent handler gets: the data, the language and the scope the question (or its follow-up state) names. */
export interface AskContext {
  db: Db;
  data: EngineData;
  language: Language;
  organisations: string[];
  periods: PeriodFilter[];
  /** The subject words left in the question (may be empty). */
  subject: string;
  goalCode: string | null;
}

/** An answer before its text is rendered. */
export interface Draft {
  intent: Intent;
  scope: Scope;
  lead: string[];
  items: AnswerItem[];
  notes: string[];
  suggestions: string[];
  /** What a follow-up ("och för Norrmalm?") re-asks about: an indicator name, goal code or title, budget row. */
  subject: string | null;
  /** Numbers computed over the items (counts). */
  computed?: ComputedFigure[];
}

export function report(ctx: AskContext, reportId: number): ReportSummary {
  const found = ctx.data.reportById.get(reportId);
  if (found === undefined)
    throw new Error(`report ${reportId} is not in the engine's report list; call refresh() after loading`);
  return found;
}

/** "Norrmalms stadsdelsnämnd T2 2021" or "Socialnämnden T1 2020 och Norrmalms stadsdelsnämnd T2 2021". */
export function describeReports(language: Language, reports: readonly ReportSummary[]): string {
  const names = reports.map((r) => reportName(reportRef(r)));
  if (names.length <= 3) return joinList(language, names);
  return t(language, `${names.length} rapporter`, `${names.length} reports`);
}

/**
 * "(senaste inlästa perioden)" when "this tertial" was taken to mean the latest loaded period, or, when
 * the latest period lacked what was asked and an earlier one answers (`fellBack`), "(senaste inlästa
 * perioden med svar)".
 */
export function defaultNote(language: Language, scope: Scope, fellBack = false): string {
  if (!scope.periodIsDefault) return "";
  return fellBack
    ? t(language, " (senaste inlästa perioden med svar)", " (the latest loaded period with an answer)")
    : t(language, " (senaste inlästa perioden)", " (the latest loaded period)");
}

/** The lead when no loaded report matches the scope, with what is loaded instead. */
export function noReportsDraft(ctx: AskContext, intent: Intent, scope: Scope): Draft {
  const wanted = [
    ...scope.organisations,
    ...ctx.periods.map((p) => [p.kind, p.year].filter((x) => x !== null).join(" ")),
  ].join(" ");
  const loaded = [...new Set(ctx.data.reports.map((r) => reportName(reportRef(r))))];
  return {
    intent,
    scope,
    items: [],
    suggestions: loaded.slice(-8).reverse(),
    subject: null,
    lead: [
      t(
        ctx.language,
        `Det finns ingen inläst rapport för ${wanted || "frågan"}.`,
        `No loaded report matches ${wanted || "the question"}.`,
      ),
    ],
    notes: [t(ctx.language, `Inlästa rapporter: ${loaded.length}.`, `Loaded reports: ${loaded.length}.`)],
  };
}
