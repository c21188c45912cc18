import type { Db, ReportSummary } from "@tertial/store";
import type { Language, Scope } from "../answer.ts";
import { type Draft, describeReports } from "../answers/context.ts";
import { t } from "../answers/labels.ts";
import type { EngineData } from "../engine-data.ts";
import type { Query } from "../query/query.ts";
import { describeScope } from "../scope.ts";
import { subjectStems } from "../text/subject-words.ts";
import { type ScopeMode, scopeReports } from "./scope-reports.ts";

/** What every query runner gets: the data, the query, its language and subject stems. */
export interface RunContext {
  db: Db;
  data: EngineData;
  language: Language;
  query: Query;
  /** The subject words in the reports' vocabulary, stemmed: what names are matched by. */
  stems: string[];
  /** The subject and topical words, stemmed: what prose and budget rows are searched by. */
  searchStems: string[];
}

export function runContext(db: Db, data: EngineData, language: Language, query: Query): RunContext {
  return {
    db,
    data,
    language,
    query,
    stems: subjectStems(query.filters.words),
    searchStems: subjectStems(query.filters.searchWords),
  };
}

export interface Scoped {
  reports: ReportSummary[];
  scope: Scope;
  /** Lines the answer leads with about its scope (a default scope, a period that is not loaded). */
  notes: string[];
}

/** The reports a query covers, with what the answer should say about how they were chosen. */
export function scoped(ctx: RunContext, mode: ScopeMode): Scoped {
  const { reports, defaulted, dropped } = scopeReports(ctx.data.reports, ctx.query.filters, mode);
  const notes: string[] = [];
  if (dropped.length > 0) {
    notes.push(
      t(
        ctx.language,
        `${dropped.join(", ")} är inte inläst; svaret bygger på de inlästa rapporterna för samma år eller nämnd.`,
        `${dropped.join(", ")} is not loaded; the answer uses the loaded reports of the same year or committee.`,
      ),
    );
  }
  if (defaulted && reports.length > 1 && mode === "latest-each") {
    notes.push(
      t(
        ctx.language,
        "Ingen nämnd eller period nämndes: svaret gäller den senaste inlästa rapporten för varje nämnd.",
        "No committee or period was named: the answer covers each committee's latest loaded report.",
      ),
    );
  }
  return { reports, scope: describeScope(reports, ctx.query.filters.organisations, defaulted), notes };
}

export function reportOf(ctx: RunContext, reportId: number): ReportSummary {
  const found = ctx.data.reportById.get(reportId);
  if (found === undefined) throw new Error(`report ${reportId} is not in the engine's report list`);
  return found;
}

export function draft(intent: Draft["intent"], scope: Scope, parts: Partial<Omit<Draft, "intent" | "scope">>): Draft {
  return { intent, scope, lead: [], items: [], notes: [], suggestions: [], subject: null, ...parts };
}

/** "Socialnämnden T1 2020 (senaste inlästa rapporten)": the reports, and whether the scope chose them. */
export function whereText(ctx: RunContext, reports: readonly ReportSummary[], defaulted: boolean): string {
  const names = describeReports(ctx.language, reports);
  if (!defaulted) return names;
  return reports.length === 1
    ? `${names} ${t(ctx.language, "(senaste inlästa rapporten)", "(the latest loaded report)")}`
    : `${names} ${t(ctx.language, "(senaste inlästa rapporten för var och en)", "(the latest loaded report of each)")}`;
}
