import type { Draft } from "../answers/context.ts";
import { answerHelp, answerReports } from "../answers/navigation.ts";
import { answerOverview } from "../answers/overview.ts";
import { askContext } from "./ask-context.ts";
import type { RunContext } from "./run-context.ts";
import { runActivities } from "./run-activities.ts";
import { runBudget } from "./run-budget.ts";
import { runChanges } from "./run-changes.ts";
import { runGoalList } from "./run-goals.ts";
import { runIndicatorList } from "./run-indicators.ts";
import { runLookup } from "./run-lookup.ts";
import { runPassages } from "./run-passages.ts";
import { runRequests } from "./run-requests.ts";
import { runSeries } from "./run-series.ts";
import { notLoaded, notUnderstood } from "./not-understood.ts";

/** Answers a typed query: one runner per kind of thing asked about, by the query's shape. */
export function runQuery(ctx: RunContext): Draft {
  const { query } = ctx;
  if (query.filters.unloaded.length > 0 && query.filters.organisations.length === 0) return notLoaded(ctx);
  switch (query.about) {
    case "help":
      return answerHelp(askContext(ctx));
    case "report":
      return answerReports(askContext(ctx));
    case "overview":
      return answerOverview(askContext(ctx));
    case "changes":
      return runChanges(ctx);
    case "passage":
      return query.question === "why" ? runLookup(ctx, "indicator", true) : runPassages(ctx, "theme");
    case "indicator":
    case "goal":
      if (query.shape === "compare" || query.shape === "trend") return runSeries(ctx, query.shape === "compare");
      if (query.shape === "item") return runLookup(ctx, query.about);
      return query.about === "indicator" ? runIndicatorList(ctx, query.shape) : runGoalList(ctx, query.shape);
    case "activity":
      return runActivities(ctx, query.shape, query.order);
    case "budget":
      return runBudget(ctx, query.shape === "compare" || query.shape === "trend");
    case "request":
      return runRequests(ctx);
    case "follow-up":
      return query.filters.words.length > 0 ? runLookup(ctx, "indicator") : notUnderstood(ctx);
  }
}
