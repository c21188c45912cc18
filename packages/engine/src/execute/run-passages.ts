import type { AnswerItem } from "../answer.ts";
import type { Draft } from "../answers/context.ts";
import { passageItem } from "../answers/items.ts";
import { t } from "../answers/labels.ts";
import { findPassages, findPassagesPerReport } from "./find-passages.ts";
import { quotePassage } from "./quote.ts";
import { canAnswer, suggestNames } from "./not-understood.ts";
import { describeScope } from "../scope.ts";
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
    ? findPassagesPerReport(
        ctx,
        reports.map((r) => r.id),
        2,
      )
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
  if (hits.length === 0 && items.length === 0) {
    return {
      ...draft("not-understood", words === "" ? describeScope([], [], false) : scope, {
        lead: [
          words === ""
            ? t(ctx.language, "Jag förstod inte frågan.", "I did not understand the question.")
            : t(
                ctx.language,
                `Hittade inget i rapporterna om "${words}".`,
                `Found nothing in the reports about "${words}".`,
              ),
        ],
        notes: [canAnswer(ctx)],
        suggestions: suggestNames(ctx),
      }),
    };
  }
  const leadLine =
    question === "why"
      ? t(ctx.language, `Rapportens egen förklaring (${words}):`, `The report's own explanation (${words}):`)
      : t(ctx.language, `Det här skriver rapporterna om ${words}:`, `What the reports say about ${words}:`);
  return draft("passages", scope, { lead: [leadLine], items, notes, subject: words });
}
