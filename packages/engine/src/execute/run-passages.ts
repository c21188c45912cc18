import type { AnswerItem } from "../answer.ts";
import type { Draft } from "../answers/context.ts";
import { passageItem } from "../answers/items.ts";
import { t } from "../answers/labels.ts";
import { findPassages } from "./find-passages.ts";
import { quotePassage } from "./quote.ts";
import { draft, reportOf, type RunContext, scoped } from "./run-context.ts";
import type { ScopeMode } from "./scope-reports.ts";

/** How many passages a why- or theme-answer quotes (per report when it compares reports). */
const PASSAGES = { why: 4, theme: 6 } as const;

/**
 * Why-, what- and theme-questions answered from the reports' prose: the best passages, quoted with
 * their heading and lines. `lead` items (the indicator or budget row the question names) come first.
 * Across several periods (a comparison) each report gets its own passages.
 */
export function runPassages(
  ctx: RunContext,
  question: "why" | "theme",
  mode: ScopeMode = "latest-each",
  lead: AnswerItem[] = [],
): Draft {
  const { reports, scope, notes } = scoped(ctx, mode);
  const perReport = mode === "all" && reports.length > 1;
  const hits = perReport
    ? reports.flatMap((r) => findPassages(ctx, [r.id], 2))
    : findPassages(
        ctx,
        reports.map((r) => r.id),
        PASSAGES[question],
        2,
      );
  const items = [
    ...lead,
    ...hits.map((hit) => passageItem(hit, reportOf(ctx, hit.reportId), quotePassage(hit.text, ctx.searchStems))),
  ];
  const words = ctx.query.filters.words.join(" ");
  if (hits.length === 0 && lead.length === 0) {
    return draft("passages", scope, {
      lead: [
        t(
          ctx.language,
          `Hittade inget i rapporternas text om "${words}".`,
          `Found nothing in the reports' text about "${words}".`,
        ),
      ],
      notes: [...notes, nothingFound(ctx)],
      subject: words,
    });
  }
  const leadLine =
    question === "why"
      ? t(ctx.language, `Rapportens egen förklaring (${words}):`, `The report's own explanation (${words}):`)
      : t(ctx.language, `Det här skriver rapporterna om ${words}:`, `What the reports say about ${words}:`);
  return draft("passages", scope, { lead: [leadLine], items, notes, subject: words });
}

/** What to say when nothing matched: the kinds of question the engine answers. */
export function nothingFound(ctx: RunContext): string {
  return t(
    ctx.language,
    'Jag svarar på frågor om indikatorer (värden, status, listor), mål (hierarki, bedömning), aktiviteter, budget och begärda medel, jämförelser och trender, "varför" och teman ur rapporternas text. Skriv "hjälp" för exempel.',
    'I answer questions about indicators (values, status, lists), goals (hierarchy, assessment), activities, the budget and money requests, comparisons and trends, "why" and themes from the reports\' text. Type "help" for examples.',
  );
}
