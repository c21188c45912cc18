import type { IndicatorRecord } from "@tertial/store";
import type { Draft } from "../answers/context.ts";
import { indicatorItem } from "../answers/items.ts";
import type { Status } from "@tertial/domain";
import { count, joinList, STATUS_TEXT, t } from "../answers/labels.ts";
import type { Shape } from "../query/query.ts";
import { countFigure, tallyText } from "./counts.ts";
import { indicatorPasses, narrowList } from "./item-filters.ts";
import { rankByWords } from "./match-names.ts";
import { draft, reportOf, type RunContext, scoped, whereText } from "./run-context.ts";

const STATUS_ORDER = ["off-track", "missed", "at-risk", "on-track", "met", "unknown"] as const;

/** Indicators that pass the query's filters, as a list or a count with a tally per status. */
export function runIndicatorList(ctx: RunContext, shape: Shape): Draft {
  const { reports, scope, notes } = scoped(ctx, "latest-each");
  const all = ctx.data.rows.indicators.of(reports.map((r) => r.id));
  const filters = ctx.query.filters;
  let rows = all.filter((row) => indicatorPasses(row, filters));
  rows = narrowList(
    rows,
    goalByWords(
      ctx,
      reports.map((r) => r.id),
    ),
    shape === "count" || filters.goalCode !== null,
    {
      text: indicatorText,
      name: (row) => row.name,
      stems: ctx.stems,
    },
  );
  const items = rows.map((row) => indicatorItem(row, reportOf(ctx, row.reportId), ctx.language));
  const label = count(ctx.language, rows.length, ["indikator", "indikatorer"], ["indicator", "indicators"]);
  const tally = tallyText(
    rows,
    (row) => STATUS_TEXT[ctx.language][row.status],
    STATUS_ORDER.map((s) => STATUS_TEXT[ctx.language][s]),
  );
  const filtered = rows.length !== all.length;
  const lead =
    shape === "count"
      ? [
          filtered
            ? t(
                ctx.language,
                `${label} av ${all.length} uppfyller frågan${tally ? ` (${tally})` : ""}.`,
                `${label} of ${all.length} match the question${tally ? ` (${tally})` : ""}.`,
              )
            : t(ctx.language, `${label} totalt (${tally}).`, `${label} in all (${tally}).`),
          ...levelTally(ctx, rows),
        ]
      : [listLead(ctx, rows.length, filters.statuses, whereText(ctx, reports, scope.periodIsDefault))];
  if (rows.length === 0 && filters.statuses.length > 0 && all.length > 0) {
    // None has the asked status: say what the others have, so the next question is easy.
    const others = tallyText(
      all,
      (row) => STATUS_TEXT[ctx.language][row.status],
      STATUS_ORDER.map((s) => STATUS_TEXT[ctx.language][s]),
    );
    const of = count(ctx.language, all.length, ["indikator", "indikatorer"], ["indicator", "indicators"]);
    notes.push(t(ctx.language, `Av ${of}: ${others}.`, `Of ${of}: ${others}.`));
  }
  // Asked what is off track, say how many more are at risk (and the other way round is not needed).
  const offTrackOnly =
    filters.statuses.length > 0 && filters.statuses.every((s) => s === "off-track" || s === "missed");
  if (offTrackOnly && !filters.fromAnalysis && shape !== "count") {
    const atRisk = all.filter(
      (row) => row.status === "at-risk" && indicatorPasses(row, { ...filters, statuses: ["at-risk"] }),
    ).length;
    if (atRisk > 0) {
      notes.push(
        t(
          ctx.language,
          `Dessutom ${count("sv", atRisk, ["indikator", "indikatorer"], ["", ""])} med risk (fråga "vilka indikatorer är i riskzonen?").`,
          `Also ${count("en", atRisk, ["", ""], ["indicator", "indicators"])} at risk (ask "which indicators are at risk?").`,
        ),
      );
    }
  }
  return draft(shape === "count" ? "count" : "indicator-list", scope, {
    lead,
    items,
    notes,
    computed: [countFigure(t(ctx.language, "indikatorer", "indicators"), items)],
    subject: null,
  });
}

/** "3 indikatorer med status ej i fas eller ej uppnått i Socialnämnden T1 2020:". */
function listLead(ctx: RunContext, n: number, statuses: readonly Status[], where: string): string {
  const what = count(ctx.language, n, ["indikator", "indikatorer"], ["indicator", "indicators"]);
  const status =
    statuses.length === 0
      ? ""
      : t(ctx.language, " med status ", " with status ") +
        joinList(ctx.language, [...new Set(statuses.map((s) => STATUS_TEXT[ctx.language][s]))]).replace(
          / och | and /,
          t(ctx.language, " eller ", " or "),
        );
  if (n === 0) return t(ctx.language, `Inga indikatorer${status} i ${where}.`, `No indicators${status} in ${where}.`);
  return `${what}${status} ${t(ctx.language, "i", "in")} ${where}:`;
}

/** "29 under KF:s mål, 33 under nämndmål": where counted indicators hang. */
function levelTally(ctx: RunContext, rows: readonly IndicatorRecord[]): string[] {
  const levels = new Set(rows.map((row) => row.goal.level));
  if (levels.size < 2) return [];
  const names = ctx.language === "sv" ? LEVEL_SV : LEVEL_EN;
  return [
    t(ctx.language, "Per målnivå: ", "By goal level: ") +
      tallyText(rows, (row) => names[row.goal.level], [names.direction, names.area, names.committee, names.unit]) +
      ".",
  ];
}

const LEVEL_SV = {
  direction: "under KF:s inriktningsmål",
  area: "under KF:s mål för verksamhetsområdet",
  committee: "under nämndmål",
  unit: "under enhetsmål",
} as const;
const LEVEL_EN = {
  direction: "under KF direction goals",
  area: "under KF area goals",
  committee: "under committee goals",
  unit: "under unit goals",
} as const;

/** What a list's subject words are looked for in: the name and the goal it hangs under (not the analysis). */
export function indicatorText(row: IndicatorRecord): string {
  return `${row.name} ${row.goal.title}`;
}

/**
 * The goal a list question names by its title ("under nämndmålet 'Nämnden har goda arbetsförhållanden'"):
 * the goal whose title holds most of the subject, when it holds at least two thirds of it. Null when a
 * code names the goal, or no title does.
 */
export function goalByWords(
  ctx: RunContext,
  reportIds: readonly number[],
): { reportId: number; code: string | null; title: string } | null {
  if (ctx.query.filters.goalCode !== null || ctx.stems.length === 0 || !ctx.query.filters.words.length) return null;
  const goals = ctx.data.rows.goals.of(reportIds);
  const best = rankByWords(goals, (goal) => goal.title, ctx.stems)[0];
  if (best === undefined || best.score < 0.67 || best.matched < 2) return null;
  return { reportId: best.item.reportId, code: best.item.code, title: best.item.title };
}
