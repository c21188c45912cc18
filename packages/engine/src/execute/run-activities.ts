import type { ActivityRecord } from "@tertial/store";
import type { Draft } from "../answers/context.ts";
import { activityItem } from "../answers/items.ts";
import { count, t } from "../answers/labels.ts";
import type { DateCondition, Shape } from "../query/query.ts";
import { countFigure, tallyText } from "./counts.ts";
import { narrowList, underCode } from "./item-filters.ts";
import { rankByWords } from "./match-names.ts";
import { draft, reportOf, type RunContext, scoped, whereText } from "./run-context.ts";
import { goalByWords } from "./run-indicators.ts";

/**
 * Activities that pass the filters (state, dates, deviation, goal by code or title, subject words):
 * a list, a count with a tally per state, the earliest or latest one, or (shape item) the activity
 * whose title holds most of the subject.
 */
export function runActivities(ctx: RunContext, shape: Shape, order: "earliest-start" | "latest-end" | null): Draft {
  const { reports, scope, notes } = scoped(ctx, "latest-each");
  const f = ctx.query.filters;
  const all = ctx.data.rows.activities.of(reports.map((r) => r.id));
  let rows = all.filter(
    (row) =>
      (f.activityState === null || row.state === f.activityState) &&
      (!f.deviating || row.deviation || row.delayHint !== null) &&
      underCode(row.goal.code, f.goalCode) &&
      f.dates.every((date) => dateMatches(row, date)),
  );
  if (shape === "item") {
    const best = rankByWords(rows, activityText, ctx.stems)[0];
    rows = best === undefined ? [] : [best.item];
  } else {
    rows = narrowList(
      rows,
      goalByWords(
        ctx,
        reports.map((r) => r.id),
      ),
      shape === "count" || f.goalCode !== null,
      {
        text: activityText,
        name: (row) => row.title,
        stems: ctx.stems,
      },
    );
  }
  if (order === "earliest-start")
    rows = firstBy(
      rows,
      (row) => row.startDate,
      (a, b) => a < b,
    );
  if (order === "latest-end")
    rows = firstBy(
      rows,
      (row) => row.endDate,
      (a, b) => a > b,
    );
  const items = rows.map((row) => activityItem(row, reportOf(ctx, row.reportId), ctx.language));
  const label = count(ctx.language, rows.length, ["aktivitet", "aktiviteter"], ["activity", "activities"]);
  const states = tallyText(rows, (row) => stateText(ctx, row), []);
  const where = whereText(ctx, reports, scope.periodIsDefault);
  const lead =
    shape === "count"
      ? [
          rows.length === all.length
            ? `${label}${states ? ` (${states})` : ""}.`
            : t(
                ctx.language,
                `${label} av ${all.length} uppfyller frågan${states ? ` (${states})` : ""}.`,
                `${label} of ${all.length} match the question${states ? ` (${states})` : ""}.`,
              ),
        ]
      : [
          rows.length === 0
            ? t(
                ctx.language,
                `Inga aktiviteter uppfyller frågan i ${where}.`,
                `No activities match the question in ${where}.`,
              )
            : `${label} ${t(ctx.language, "i", "in")} ${where}:`,
        ];
  return draft(shape === "count" ? "count" : "activity-list", scope, {
    lead,
    items,
    notes,
    computed: [countFigure(t(ctx.language, "aktiviteter", "activities"), items)],
    subject: null,
  });
}

function stateText(ctx: RunContext, row: ActivityRecord): string {
  if (row.deviation || row.delayHint !== null)
    return t(ctx.language, "med avvikelse eller försening", "with a deviation or delay");
  if (row.state === "completed") return t(ctx.language, "avslutade", "completed");
  if (row.state === "ongoing") return t(ctx.language, "pågående", "ongoing");
  return t(ctx.language, "utan markering", "unmarked");
}

export function activityText(row: ActivityRecord): string {
  return `${row.title} ${row.deviationText ?? ""} ${row.analysis ?? ""}`;
}

/** Dates are ISO (YYYY-MM-DD): a year condition compares the first four characters. */
function dateMatches(row: ActivityRecord, condition: DateCondition): boolean {
  const date = condition.field === "start" ? row.startDate : row.endDate;
  if (date === null) return false;
  if (condition.op === "on") return date === condition.value;
  const year = date.slice(0, 4);
  return condition.op === "in" ? year === condition.value : year < condition.value;
}

function firstBy(
  rows: readonly ActivityRecord[],
  key: (row: ActivityRecord) => string | null,
  better: (a: string, b: string) => boolean,
): ActivityRecord[] {
  let best: string | null = null;
  for (const row of rows) {
    const value = key(row);
    if (value !== null && (best === null || better(value, best))) best = value;
  }
  return best === null ? [] : rows.filter((row) => key(row) === best);
}
