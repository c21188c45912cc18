import { findBudgetRequests } from "@tertial/store";
import type { Draft } from "../answers/context.ts";
import { budgetRequestItem, passageItem } from "../answers/items.ts";
import { count, t } from "../answers/labels.ts";
import { findPassages } from "./find-passages.ts";
import { quotePassage } from "./quote.ts";
import { draft, reportOf, type RunContext, scoped } from "./run-context.ts";
import { budgetRowItems } from "./run-budget.ts";

/**
 * Money asked for: the requests in "Förslag till beslut" (and budgetjustering requests) of each report
 * in scope, then the budget rows and prose that explain them (adjustments granted, how an amount was
 * calculated). Two named periods compare the requests of both.
 */
export function runRequests(ctx: RunContext): Draft {
  const compare = ctx.query.filters.periods.length >= 2;
  const { reports, scope, notes } = scoped(ctx, compare ? "all" : "latest-each");
  const requests = findBudgetRequests(ctx.db, { reportIds: reports.map((r) => r.id) });
  const items = requests.map((row) => budgetRequestItem(row, reportOf(ctx, row.reportId), ctx.language));
  const n = count(
    ctx.language,
    items.length,
    ["begäran om medel", "begäranden om medel"],
    ["money request", "money requests"],
  );
  const lead = [
    items.length === 0
      ? t(
          ctx.language,
          "Inga begäranden om medel i förslaget till beslut.",
          "No money requests in the proposed decision.",
        )
      : `${n}:`,
  ];
  // The rows the question names (a budget answer's rows, without its result lines and prose).
  const rows = ctx.searchStems.length > 0 ? budgetRowItems(ctx, reports, compare).items : [];
  const passages = findPassages(
    ctx,
    reports.map((r) => r.id),
    3,
  ).map((hit) => passageItem(hit, reportOf(ctx, hit.reportId), quotePassage(hit.text, ctx.searchStems)));
  return draft("budget-requests", scope, { lead, items: [...items, ...rows, ...passages], notes, subject: null });
}
