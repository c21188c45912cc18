import type { Assessment, Status } from "@tertial/domain";
import { findIndicators, tallyReports, type ReportSummary, type ReportTally } from "@tertial/store";
import type { AnswerItem, Language } from "../answer.ts";
import { findBudgetTotal } from "../digest/budget-total.ts";
import { type BudgetResult, findBudgetResult } from "../budget/budget-result.ts";
import type { BudgetFigure, DigestBudget } from "../digest/digest-types.ts";
import { resolveScope } from "../scope.ts";
import { type AskContext, type Draft, describeReports, noReportsDraft, report } from "./context.ts";
import { indicatorItem, reportName, reportRef } from "./items.ts";
import { ASSESSMENT_TEXT, STATUS_TEXT, VALUE_LABEL, t } from "./labels.ts";

/** Up to this many reports get their budget total and off-track indicators; more get one summary line each. */
const DETAILED_REPORTS = 3;
const STATUS_ORDER: readonly Status[] = ["off-track", "missed", "at-risk", "on-track", "met", "unknown"];
const ASSESSMENT_ORDER: readonly Assessment[] = ["ej", "delvis", "helt", "none-given"];

/**
 * How each organisation in the scope is doing in its latest report ("hur går det för Norrmalm?",
 * or just "Norrmalm"): indicators per status, goals per assessment, deviating activities, the
 * budget total (budget, forecast, deviation) and the indicators that are off track or missed.
 */
export function answerOverview(ctx: AskContext): Draft {
  const { reports, scope } = resolveScope(ctx.data.reports, ctx.organisations, ctx.periods, "latest-per-organisation");
  if (reports.length === 0) return noReportsDraft(ctx, "overview", scope);
  const reportIds = reports.map((r) => r.id);
  const detailed = reports.length <= DETAILED_REPORTS;
  const tallies = tallyReports(ctx.db, reportIds);
  // Many reports: the ones with the most indicators missing their targets first.
  if (!detailed) tallies.sort((a, b) => behind(b) - behind(a) || b.indicators["at-risk"] - a.indicators["at-risk"]);
  const items: AnswerItem[] = tallies.map((tally) => summaryItem(report(ctx, tally.reportId), tally, ctx.language));
  if (detailed) {
    for (const r of reports) {
      const lines = ctx.data.rows.budgetLines.of([r.id]);
      const total = findBudgetTotal(lines);
      if (total !== null) items.push(budgetItem(total, r, ctx.language));
      // The result after adjustments, by the rule the budget answer leads with, on its own line.
      const result = findBudgetResult(lines);
      const same =
        total !== null &&
        result?.final.source.line === total.deviation.source.line &&
        result.final.column === total.deviation.column;
      if (result !== null && !same) items.push(resultItem(result, r, ctx.language));
    }
    const offTrack = findIndicators(ctx.db, { reportIds, statuses: ["off-track", "missed"] });
    for (const id of reportIds) {
      for (const row of offTrack)
        if (row.reportId === id) items.push(indicatorItem(row, report(ctx, id), ctx.language));
    }
  }
  const latest = !scope.periodIsDefault
    ? ""
    : reports.length === 1
      ? t(ctx.language, " (senaste inlästa rapporten)", " (the latest loaded report)")
      : t(ctx.language, " (varje nämnds senaste inlästa rapport)", " (each one's latest loaded report)");
  const where = `${describeReports(ctx.language, reports)}${latest}`;
  const lead = [
    t(ctx.language, `Läget i ${where}:`, `How ${where} ${reports.length === 1 ? "is" : "are"} doing:`),
    ...(detailed
      ? []
      : [
          t(
            ctx.language,
            "Flest indikatorer ej i fas eller ej uppnådda först.",
            "Most indicators off track or missed first.",
          ),
        ]),
  ];
  const hasBudget = items.some((item) => item.kind === "budget-line");
  const notes = [
    ...(hasBudget
      ? [
          t(
            ctx.language,
            "Avvikelse är rapportens egen kolumn: budget − prognos (eller utfall), ibland efter justeringar; positivt är överskott.",
            "Deviation is the report's own column: budget − forecast (or outcome), sometimes after adjustments; positive is a surplus.",
          ),
        ]
      : []),
    detailed
      ? t(
          ctx.language,
          'Fråga vidare: "vilka indikatorer har risk?", "vilka mål uppfylls delvis?", "vilka aktiviteter är försenade?".',
          'Ask on: "which indicators are at risk?", "which goals are only partially met?", "which activities are delayed?".',
        )
      : t(
          ctx.language,
          "Nämn en nämnd för dess budget och indikatorerna som inte når målet.",
          "Name a committee for its budget and the indicators that miss their targets.",
        ),
  ];
  return { intent: "overview", scope, lead, items, notes, suggestions: [], subject: null };
}

function behind(tally: ReportTally): number {
  return tally.indicators["off-track"] + tally.indicators.missed;
}

/** One report's counts: "indikatorer 61 (3 ej i fas, 5 risk, …)". Its source is the report file. */
function summaryItem(r: ReportSummary, tally: ReportTally, language: Language): AnswerItem {
  const statuses = STATUS_ORDER.filter((status) => tally.indicators[status] > 0).map(
    (status) => `${tally.indicators[status]} ${STATUS_TEXT[language][status]}`,
  );
  const assessments = ASSESSMENT_ORDER.filter((a) => tally.goals[a] > 0).map(
    (a) => `${tally.goals[a]} ${ASSESSMENT_TEXT[language][a]}`,
  );
  const counted = (n: number, parts: string[]) => (parts.length === 0 ? String(n) : `${n} (${parts.join(", ")})`);
  const deviating = t(
    language,
    `${tally.deviatingActivities} med avvikelse eller försening`,
    `${tally.deviatingActivities} with a deviation or delay`,
  );
  const values: Record<string, string> =
    language === "sv"
      ? {
          indikatorer: counted(r.counts.indicators, statuses),
          mål: counted(r.counts.goals, assessments),
          aktiviteter: counted(r.counts.activities, [deviating]),
        }
      : {
          indicators: counted(r.counts.indicators, statuses),
          goals: counted(r.counts.goals, assessments),
          activities: counted(r.counts.activities, [deviating]),
        };
  return {
    kind: "report",
    name: reportName(reportRef(r)),
    report: reportRef(r),
    status: null,
    statusReason: null,
    values,
    source: { file: r.sourceFile, line: 1 },
    facts: {
      goals: r.counts.goals,
      indicators: r.counts.indicators,
      activities: r.counts.activities,
      budgetLines: r.counts.budgetLines,
    },
  };
}

/** The committee's result after adjustments (surplus or deficit), from the line that prints it. */
function resultItem(result: BudgetResult, r: ReportSummary, language: Language): AnswerItem {
  const amount = result.final.amount ?? 0;
  const word =
    amount > 0
      ? t(language, "överskott", "surplus")
      : amount < 0
        ? t(language, "underskott", "deficit")
        : t(language, "i balans", "in balance");
  return {
    kind: "budget-line",
    name: t(language, `Resultat efter justeringar – ${result.row}`, `Result after adjustments – ${result.row}`),
    report: reportRef(r),
    status: null,
    statusReason: `${word} (${result.final.column})`,
    values: { [result.final.column]: `${result.final.raw} ${result.unit}` },
    source: result.final.source,
    facts: {
      table: result.table,
      group: null,
      cells: [{ column: result.final.column, raw: result.final.raw, amount: result.final.amount, unit: result.unit }],
    },
  };
}

/** The operating budget's total row: budget, forecast (or outcome) and deviation as printed, from the row's line. */
function budgetItem(total: DigestBudget, r: ReportSummary, language: Language): AnswerItem {
  // findBudgetTotal skips % rows: every figure is an amount in total.unit.
  const printed = (figure: BudgetFigure) =>
    figure.raw.includes(total.unit) ? figure.raw : `${figure.raw} ${total.unit}`;
  const forecastLabel = /^utfall/i.test(total.forecast.column.trim())
    ? t(language, "utfall", "outcome")
    : t(language, "prognos", "forecast");
  const values: Record<string, string> = {
    budget: printed(total.budget),
    [forecastLabel]: printed(total.forecast),
    [t(language, "avvikelse", "deviation")]: printed(total.deviation),
    [VALUE_LABEL[language].table]: total.table,
  };
  return {
    kind: "budget-line",
    name: `Budget – ${total.row}`,
    report: reportRef(r),
    status: null,
    statusReason: null,
    values,
    source: total.deviation.source,
    facts: {
      table: total.table,
      group: null,
      cells: [total.budget, total.forecast, total.deviation].map((figure) => ({
        column: figure.column,
        raw: figure.raw,
        amount: figure.amount,
        unit: total.unit,
      })),
    },
  };
}
