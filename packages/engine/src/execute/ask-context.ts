import type { AskContext } from "../answers/context.ts";
import type { RunContext } from "./run-context.ts";

/** The context the single-purpose answers (overview, goal, trend, requests, help) take. */
export function askContext(ctx: RunContext): AskContext {
  const { filters } = ctx.query;
  return {
    db: ctx.db,
    data: ctx.data,
    language: ctx.language,
    organisations: filters.organisations,
    periods: filters.periods,
    subject: filters.words.join(" "),
    goalCode: filters.goalCode,
  };
}
