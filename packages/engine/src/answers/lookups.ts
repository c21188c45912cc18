import { findActivities, findGoals, findIndicators, type GoalRecord } from "@tertial/store";
import { type AskContext, type Draft, defaultNote, describeReports, noReportsDraft, report } from "./context.ts";
import { activityItem, goalItem, goalLabel, indicatorItem } from "./items.ts";
import { ASSESSMENT_TEXT, count, t } from "./labels.ts";
import { findInScope } from "./scoped-find.ts";

/** A goal by code ("1.2.1") or fuzzy title, with its assessment and the indicators and activities under it. */
export function answerGoal(ctx: AskContext, code: string | null, title: string | null): Draft {
  const filter = code !== null ? { codes: [code] } : { titles: title === null ? [] : [title] };
  const { rows, reports, scope, fellBack } = findInScope(ctx, (reportIds) =>
    findGoals(ctx.db, { reportIds, ...filter }),
  );
  if (reports.length === 0) return noReportsDraft(ctx, "goal-lookup", scope);
  const where = `${describeReports(ctx.language, reports)}${defaultNote(ctx.language, scope, fellBack)}`;
  const asked = code ?? title ?? "";
  if (rows.length === 0) {
    return {
      intent: "goal-lookup",
      scope,
      items: [],
      notes: [],
      suggestions: [],
      subject: asked,
      lead: [t(ctx.language, `Målet ${asked} finns inte i ${where}.`, `Goal ${asked} is not in ${where}.`)],
    };
  }
  const lead: string[] = [];
  const items = [];
  const goalIds = [...new Set(rows.map((goal) => goal.reportId))];
  // One query each for the goals' indicators and activities: by goal number (and its sub-goals) when the
  // goals are numbered, else every row of their reports, matched on the goal title below.
  const codes = rows.every((goal) => goal.code !== null)
    ? subCodes(
        ctx,
        rows.map((goal) => goal.code ?? ""),
      )
    : undefined;
  const indicatorRows = findIndicators(ctx.db, { reportIds: goalIds, ...(codes ? { goalCodes: codes } : {}) });
  const activityRows = findActivities(ctx.db, { reportIds: goalIds, ...(codes ? { goalCodes: codes } : {}) });
  for (const goal of rows) {
    const source = report(ctx, goal.reportId);
    const under = (row: { reportId: number; goal: { code: string | null; title: string } }) =>
      row.reportId === goal.reportId && isUnder(goal, row.goal);
    const indicators = indicatorRows.filter(under);
    const activities = activityRows.filter(under);
    lead.push(
      t(
        ctx.language,
        `Mål ${goalLabel(goal)} — ${describeReports("sv", [source])}${defaultNote("sv", scope, fellBack)}: ${ASSESSMENT_TEXT.sv[goal.assessment]}. ${count("sv", indicators.length, ["indikator", "indikatorer"], ["", ""])} och ${count("sv", activities.length, ["aktivitet", "aktiviteter"], ["", ""])} under målet.`,
        `Goal ${goalLabel(goal)} — ${describeReports("en", [source])}${defaultNote("en", scope, fellBack)}: ${ASSESSMENT_TEXT.en[goal.assessment]}. ${count("en", indicators.length, ["", ""], ["indicator", "indicators"])} and ${count("en", activities.length, ["", ""], ["activity", "activities"])} under it.`,
      ),
    );
    items.push(goalItem(goal, source, ctx.language));
    items.push(...indicators.map((row) => indicatorItem(row, source, ctx.language)));
    items.push(...activities.map((row) => activityItem(row, source, ctx.language)));
  }
  return { intent: "goal-lookup", scope, lead, items, notes: [], suggestions: [], subject: asked };
}

/** The goal numbers and every catalogue number below them ("1.2" → "1.2", "1.2.1", "1.2.2" …). */
function subCodes(ctx: AskContext, codes: readonly string[]): string[] {
  const all = ctx.data.catalogue.goalTitles.map((goal) => goal.code).filter((code): code is string => code !== null);
  return [...new Set([...codes, ...all.filter((code) => codes.some((parent) => code.startsWith(`${parent}.`)))])];
}

/** True when a row hangs under the goal: the same goal, or (for numbered goals) one of its sub-goals. */
function isUnder(goal: GoalRecord, ref: { code: string | null; title: string }): boolean {
  if (goal.code !== null && ref.code !== null) return ref.code === goal.code || ref.code.startsWith(`${goal.code}.`);
  return ref.code === goal.code && ref.title === goal.title;
}
