import { findGoals, findIndicators } from "@tertial/store";
import type { AnswerItem } from "../answer.ts";
import type { SubjectMatch } from "../catalogue/resolve-subject.ts";
import { resolveScope } from "../scope.ts";
import { type AskContext, type Draft, defaultNote, describeReports, noReportsDraft, report } from "./context.ts";
import { goalItem, goalLabel, indicatorItem } from "./items.ts";
import { VALUE_LABEL, t } from "./labels.ts";
import { indicatorNames } from "./lookups.ts";
import { findInScope } from "./scoped-find.ts";

/** An analysis longer than this is cut at a word boundary; the source line leads to the whole text. */
const MAX_ANALYSIS = 700;

/**
 * Why an indicator or goal stands as it does ("varför är sjukfrånvaron hög?", "varför uppfylls mål 1.2
 * bara delvis?", or "varför?" after a lookup): its values and status with the report's own analysis text.
 */
export function answerExplain(
  ctx: AskContext,
  indicator: SubjectMatch | null,
  others: readonly SubjectMatch[],
  goal: { code: string | null; title: string | null } | null,
): Draft {
  if (indicator !== null) return explainIndicator(ctx, indicator, others);
  if (goal !== null) return explainGoal(ctx, goal.code, goal.title);
  const { scope } = resolveScope(ctx.data.reports, ctx.organisations, ctx.periods, "latest");
  return {
    intent: "explain",
    scope,
    items: [],
    notes: [],
    suggestions: [],
    subject: null,
    lead: [
      t(
        ctx.language,
        'Varför vad? Nämn en indikator eller ett mål, till exempel "varför är sjukfrånvaron hög?" eller "varför uppfylls mål 1.2 bara delvis?".',
        'Why what? Name an indicator or a goal, for example "why is sick leave high?" or "why is goal 1.2 only partly met?".',
      ),
    ],
  };
}

function explainIndicator(ctx: AskContext, match: SubjectMatch, others: readonly SubjectMatch[]): Draft {
  const names = indicatorNames(ctx, match, others);
  const { rows, reports, scope, fellBack } = findInScope(ctx, (reportIds) =>
    findIndicators(ctx.db, { reportIds, names }),
  );
  if (reports.length === 0) return noReportsDraft(ctx, "explain", scope);
  const where = `${describeReports(ctx.language, reports)}${defaultNote(ctx.language, scope, fellBack)}`;
  const items = rows.map((row) =>
    withAnalysis(indicatorItem(row, report(ctx, row.reportId), ctx.language), row.analysis, ctx),
  );
  const lead =
    rows.length === 0
      ? [
          t(
            ctx.language,
            `Indikatorn "${match.name}" finns inte i ${where}.`,
            `The indicator "${match.name}" is not in ${where}.`,
          ),
        ]
      : [
          t(
            ctx.language,
            `Analysen för ${names.join("; ")} — ${where}:`,
            `The analysis of ${names.join("; ")} — ${where}:`,
          ),
        ];
  return { intent: "explain", scope, lead, items, notes: notes(ctx, items), suggestions: [], subject: match.name };
}

function explainGoal(ctx: AskContext, code: string | null, title: string | null): Draft {
  const filter = code !== null ? { codes: [code] } : { titles: title === null ? [] : [title] };
  const { rows, reports, scope, fellBack } = findInScope(ctx, (reportIds) =>
    findGoals(ctx.db, { reportIds, ...filter }),
  );
  if (reports.length === 0) return noReportsDraft(ctx, "explain", scope);
  const where = `${describeReports(ctx.language, reports)}${defaultNote(ctx.language, scope, fellBack)}`;
  const asked = code ?? title ?? "";
  const items = rows.map((row) =>
    withAnalysis(goalItem(row, report(ctx, row.reportId), ctx.language), row.analysis ?? row.expectedResult, ctx),
  );
  const first = rows[0];
  const lead =
    first === undefined
      ? [t(ctx.language, `Målet ${asked} finns inte i ${where}.`, `Goal ${asked} is not in ${where}.`)]
      : [
          t(
            ctx.language,
            `Analysen för mål ${goalLabel(first)} — ${where}:`,
            `The analysis of goal ${goalLabel(first)} — ${where}:`,
          ),
        ];
  return {
    intent: "explain",
    scope,
    lead,
    items,
    notes: notes(ctx, items),
    suggestions: [],
    subject: code ?? first?.title ?? title,
  };
}

/** The item with the analysis (cut to MAX_ANALYSIS characters) as its last value. */
function withAnalysis(item: AnswerItem, analysis: string | null, ctx: AskContext): AnswerItem {
  const text = analysis?.replace(/\s+/g, " ").trim() ?? "";
  if (text === "") return item;
  const space = text.lastIndexOf(" ", MAX_ANALYSIS);
  const cut = text.length <= MAX_ANALYSIS ? text : `${text.slice(0, space > 0 ? space : MAX_ANALYSIS)} …`;
  return { ...item, values: { ...item.values, [VALUE_LABEL[ctx.language].analysis]: cut } };
}

function notes(ctx: AskContext, items: readonly AnswerItem[]): string[] {
  const label = VALUE_LABEL[ctx.language].analysis;
  const without = items.filter((item) => item.values[label] === undefined).length;
  const cut = items.some((item) => item.values[label]?.endsWith(" …") === true);
  return [
    ...(without > 0
      ? [
          t(
            ctx.language,
            `${without} av ${items.length} saknar analystext i rapporten.`,
            `${without} of ${items.length} ${without === 1 ? "has" : "have"} no analysis text in the report.`,
          ),
        ]
      : []),
    ...(cut
      ? [
          t(
            ctx.language,
            "Långa analyser är förkortade (…); hela texten finns på källraden.",
            "Long analyses are shortened (…); the whole text is at the source line.",
          ),
        ]
      : []),
  ];
}
