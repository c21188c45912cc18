import type { Assessment } from "@tertial/domain";
import { foldText, type GoalRecord } from "@tertial/store";
import type { Draft } from "../answers/context.ts";
import { goalItem } from "../answers/items.ts";
import { ASSESSMENT_TEXT, count, t } from "../answers/labels.ts";
import type { Shape } from "../query/query.ts";
import { countFigure, tallyText } from "./counts.ts";
import { narrowByWords, underCode } from "./item-filters.ts";
import { draft, reportOf, type RunContext, scoped, whereText } from "./run-context.ts";

const LEVEL_NAMES = {
  sv: {
    direction: ["inriktningsmål", "inriktningsmål"],
    area: ["KF-mål för verksamhetsområdet", "KF-mål för verksamhetsområdet"],
    committee: ["nämndmål", "nämndmål"],
    unit: ["enhetsmål", "enhetsmål"],
  },
  en: {
    direction: ["direction goal", "direction goals"],
    area: ["KF area goal", "KF area goals"],
    committee: ["committee goal", "committee goals"],
    unit: ["unit goal", "unit goals"],
  },
} as const;

/** Words in a goal's analysis that carry each assessment, folded. */
const ANALYSIS_WORDS: Readonly<Record<Assessment, readonly string[]>> = {
  helt: ["helt", "uppnas", "uppfylls"],
  delvis: ["delvis", "inte helt", "del av"],
  ej: ["inte", "ej"],
  "none-given": [],
};

/**
 * Goals that pass the filters: a level, a parent goal (by code, its descendants), an assessment, goals
 * lacking children of a level; as a list or a count with a tally per assessment.
 */
export function runGoalList(ctx: RunContext, shape: Shape): Draft {
  const { reports, scope, notes } = scoped(ctx, "latest-each");
  const f = ctx.query.filters;
  const all = ctx.data.rows.goals.of(reports.map((r) => r.id));
  const inLevel = all.filter((goal) => f.level === null || goal.level === f.level);
  let rows = inLevel.filter(
    (goal) =>
      (f.goalCode === null ||
        (goal.code !== f.goalCode &&
          (underCode(goal.code, f.goalCode) || underCode(goal.parent?.code ?? null, f.goalCode)))) &&
      (f.assessments.length === 0 || f.assessments.includes(goal.assessment)) &&
      (f.childless === null || !hasChild(goal, all, f.childless)) &&
      (f.analysisSays === null || analysisSays(goal, f.analysisSays)),
  );
  if (f.goalCode === null && shape !== "count")
    rows = narrowByWords(rows, (goal) => `${goal.title} ${goal.parent?.title ?? ""}`, ctx.stems).items;
  const items = rows.map((goal) => goalItem(goal, reportOf(ctx, goal.reportId), ctx.language));
  const level = f.level ?? "committee";
  const names = LEVEL_NAMES[ctx.language][f.level === null ? "committee" : level];
  const what =
    f.level === null
      ? count(ctx.language, rows.length, ["mål", "mål"], ["goal", "goals"])
      : `${rows.length} ${rows.length === 1 ? names[0] : names[1]}`;
  const tally = tallyText(
    rows,
    (goal) => ASSESSMENT_TEXT[ctx.language][goal.assessment],
    Object.values(ASSESSMENT_TEXT[ctx.language]),
  );
  const base = f.level === null ? all.length : inLevel.length;
  const where = whereText(ctx, reports, scope.periodIsDefault);
  const parent = f.goalCode === null ? "" : t(ctx.language, ` under ${f.goalCode}`, ` under ${f.goalCode}`);
  const lead =
    shape === "count"
      ? [
          rows.length === base || f.goalCode !== null
            ? `${what}${parent}${tally ? ` (${tally})` : ""}.`
            : t(
                ctx.language,
                `${what} av ${base} uppfyller frågan${tally ? ` (${tally})` : ""}.`,
                `${what} of ${base} match the question${tally ? ` (${tally})` : ""}.`,
              ),
        ]
      : [
          rows.length === 0
            ? t(ctx.language, `Inga mål uppfyller frågan i ${where}.`, `No goals match the question in ${where}.`)
            : `${what}${parent} ${t(ctx.language, "i", "in")} ${where}:`,
        ];
  if (rows.length === 0 && f.assessments.length > 0) notes.push(...otherAssessments(ctx, inLevel, f.assessments));
  return draft(shape === "count" ? "count" : "goal-list", scope, {
    lead,
    items,
    notes,
    computed: [countFigure(t(ctx.language, "mål", "goals"), items)],
    subject: f.goalCode,
  });
}

function hasChild(goal: GoalRecord, all: readonly GoalRecord[], level: GoalRecord["level"]): boolean {
  return all.some(
    (child) =>
      child.reportId === goal.reportId &&
      child.level === level &&
      child.parent !== null &&
      child.parent.title === goal.title &&
      child.parent.code === goal.code,
  );
}

function analysisSays(goal: GoalRecord, assessment: Assessment): boolean {
  const text = ` ${foldText(goal.analysis ?? "").replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  return ANALYSIS_WORDS[assessment].some((word) => text.includes(` ${word} `));
}

/**
 * When no goal has the assessment asked for, the assessments the scope's goals do have, as the next
 * question to ask ("uppfylls inte" finds none, but two goals are "uppfylls delvis").
 */
function otherAssessments(ctx: RunContext, goals: readonly GoalRecord[], asked: readonly Assessment[]): string[] {
  const present = new Set(goals.map((goal) => goal.assessment));
  const others = (["ej", "delvis"] as const).filter((a) => present.has(a) && !asked.includes(a));
  return others.map((a) => {
    const sv = ASSESSMENT_TEXT.sv[a];
    const en = ASSESSMENT_TEXT.en[a];
    return t(
      ctx.language,
      `Det finns mål som ${sv}: fråga "vilka mål ${sv}?".`,
      `Some goals are ${en}: ask "which goals are ${en}?".`,
    );
  });
}
