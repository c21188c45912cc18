import type { Draft } from "../answers/context.ts";
import { joinList, t } from "../answers/labels.ts";
import { reportName, reportRef } from "../answers/items.ts";
import { describeScope } from "../scope.ts";
import { rankByWords } from "./match-names.ts";
import { draft, type RunContext } from "./run-context.ts";

/** What the engine answers, said when a question matched nothing. */
export function canAnswer(ctx: RunContext): string {
  return t(
    ctx.language,
    'Jag svarar på frågor om indikatorer (värden, status, listor), mål (hierarki, bedömning), aktiviteter, budget och begärda medel, jämförelser och trender, "varför" och teman ur rapporternas text. Skriv "hjälp" för exempel.',
    'I answer questions about indicators (values, status, lists), goals (hierarchy, assessment), activities, the budget and money requests, comparisons and trends, "why" and themes from the reports\' text. Type "help" for examples.',
  );
}

/** Nothing in the question to answer, and no earlier question to follow up. */
export function notUnderstood(ctx: RunContext, lead?: string): Draft {
  return draft("not-understood", describeScope([], ctx.query.filters.organisations, false), {
    lead: [lead ?? t(ctx.language, "Jag förstod inte frågan.", "I did not understand the question.")],
    notes: [canAnswer(ctx)],
  });
}

/** A Stockholm committee the question names has no loaded report: say so, with what is loaded. */
export function notLoaded(ctx: RunContext): Draft {
  const loaded = [...new Set(ctx.data.reports.map((r) => reportName(reportRef(r))))];
  const names = ctx.query.filters.unloaded;
  return draft("not-understood", describeScope([], names, false), {
    suggestions: suggestNames(ctx),
    lead: [
      t(
        ctx.language,
        `${joinList("sv", names)} har ingen inläst rapport.`,
        `${joinList("en", names)} has no loaded report.`,
      ),
    ],
    notes: [t(ctx.language, `Inlästa rapporter: ${loaded.join(", ")}.`, `Loaded reports: ${loaded.join(", ")}.`)],
  });
}

/**
 * "Did you mean": the indicator, goal and budget row names of the loaded reports that hold the most
 * of the question's words, at most three; none when no name holds any of them.
 */
export function suggestNames(ctx: RunContext): string[] {
  if (ctx.stems.length === 0) return [];
  const { catalogue } = ctx.data;
  const names = [
    ...new Set([
      ...catalogue.indicatorNames,
      ...catalogue.goalTitles.map((goal) => goal.title),
      ...catalogue.budgetRows,
    ]),
  ];
  const ranked = rankByWords(names, (name) => name, ctx.stems);
  const best = ranked[0];
  if (best === undefined) return [];
  return ranked
    .filter((hit) => hit.matched === best.matched)
    .slice(0, 3)
    .map((hit) => hit.item);
}

/** The question names only periods of which no report is loaded. */
export function noReports(ctx: RunContext, periods: readonly string[]): Draft {
  const loaded = [...new Set(ctx.data.reports.map((r) => reportName(reportRef(r))))];
  const names = [...ctx.query.filters.organisations, joinList(ctx.language, [...periods])].join(" ");
  return draft("not-understood", describeScope([], ctx.query.filters.organisations, false), {
    lead: [t(ctx.language, `Det finns ingen inläst rapport för ${names}.`, `No loaded report matches ${names}.`)],
    notes: [t(ctx.language, `Inlästa rapporter: ${loaded.join(", ")}.`, `Loaded reports: ${loaded.join(", ")}.`)],
  });
}
