import type { Goal, Source } from "@tertial/domain";
import type {
  ActivityRecord,
  BudgetLineRecord,
  BudgetRequestRecord,
  GoalRecord,
  IndicatorRecord,
  GoalRef,
  PassageHit,
  ReportSummary,
} from "@tertial/store";
import type { AnswerItem, Language, ReportRef } from "../answer.ts";
import { isTotalRow } from "../budget/total-row.ts";
import { PHRASES } from "../render/phrases.ts";
import { renderStatusRule } from "../render/status-rule-text.ts";
import { ASSESSMENT_TEXT, VALUE_LABEL } from "./labels.ts";

export function reportRef(report: ReportSummary): ReportRef {
  return {
    organisation: report.organisation,
    unit: report.unit,
    period: `${report.kind} ${report.year}`,
    file: report.sourceFile,
  };
}

/** "Socialnämnden T1 2020" (with the unit when there is one). */
export function reportName(ref: ReportRef): string {
  return `${ref.organisation}${ref.unit === null ? "" : ` / ${ref.unit}`} ${ref.period}`;
}

export function goalLabel(goal: GoalRef | Pick<Goal, "code" | "title">): string {
  return goal.code === null ? goal.title : `${goal.code} ${goal.title}`;
}

/** An analysis shown with an item is cut to this many characters. */
const MAX_ANALYSIS = 600;

function shorten(text: string): string {
  return text.length > MAX_ANALYSIS ? `${text.slice(0, MAX_ANALYSIS - 1).trimEnd()}…` : text;
}

/**
 * One indicator with its printed values, status and rule. `withAnalysis` adds the report's own
 * analysis row (shortened), for answers about one indicator rather than lists.
 */
export function indicatorItem(
  row: IndicatorRecord,
  report: ReportSummary,
  language: Language,
  withAnalysis = false,
): AnswerItem {
  const label = VALUE_LABEL[language];
  const values: Record<string, string> = {};
  const put = (key: string, raw: string | null | undefined) => {
    if (raw !== null && raw !== undefined && raw.trim() !== "") values[key] = raw;
  };
  put(label.outcome, row.outcome?.raw);
  put(label.men, row.outcomeMen?.raw);
  put(label.women, row.outcomeWomen?.raw);
  if (row.previousOutcome !== null) put(`${label.previous} ${row.previousLabel ?? ""}`.trim(), row.previousOutcome.raw);
  put(label.forecast, row.forecast?.raw);
  put(label.target, row.annualTarget?.raw);
  put(label.kfTarget, row.kfAnnualTarget?.raw);
  put(label.period, row.period);
  put(label.goal, goalLabel(row.goal));
  if (withAnalysis && row.analysis !== null) {
    put(
      label.analysis,
      row.analysis.length > MAX_ANALYSIS ? `${row.analysis.slice(0, MAX_ANALYSIS - 1).trimEnd()}…` : row.analysis,
    );
  }
  return {
    kind: "indicator",
    name: row.name,
    report: reportRef(report),
    status: row.status,
    statusReason: renderStatusRule(row.statusRule, language),
    values,
    source: row.source,
    facts: {
      outcome: row.outcome,
      men: row.outcomeMen,
      women: row.outcomeWomen,
      previous: row.previousOutcome,
      previousLabel: row.previousLabel,
      forecast: row.forecast,
      target: row.annualTarget,
      kfTarget: row.kfAnnualTarget,
      period: row.period,
      direction: row.direction,
      alignment: row.alignment,
      goal: { code: row.goal.code, title: row.goal.title },
      rule: row.statusRule,
    },
  };
}

export function goalItem(row: GoalRecord, report: ReportSummary, language: Language, withAnalysis = false): AnswerItem {
  const label = VALUE_LABEL[language];
  const values: Record<string, string> = {
    [label.assessment]: row.assessmentRaw?.trim() || ASSESSMENT_TEXT[language][row.assessment],
  };
  if (withAnalysis && row.analysis !== null) values[label.analysis] = shorten(row.analysis);
  const status =
    row.assessment === "helt"
      ? report.kind === "VB"
        ? "met"
        : "on-track"
      : row.assessment === "delvis"
        ? "at-risk"
        : row.assessment === "ej"
          ? report.kind === "VB"
            ? "missed"
            : "off-track"
          : null;
  return {
    kind: "goal",
    name: row.title,
    report: reportRef(report),
    status,
    statusReason: ASSESSMENT_TEXT[language][row.assessment],
    values,
    source: row.source,
    facts: {
      code: row.code,
      level: row.level,
      assessment: row.assessment,
      parent: row.parent === null ? null : { code: row.parent.code, title: row.parent.title },
    },
  };
}

export function activityItem(row: ActivityRecord, report: ReportSummary, language: Language): AnswerItem {
  const label = VALUE_LABEL[language];
  const values: Record<string, string> = {};
  if (row.startDate !== null || row.endDate !== null)
    values[label.dates] = `${row.startDate ?? "?"} – ${row.endDate ?? "?"}`;
  if (row.deviationText !== null) values[label.deviation] = row.deviationText;
  values[label.goal] = goalLabel(row.goal);
  const reason =
    row.deviationText !== null
      ? `${label.deviation}: ${row.deviationText}`
      : row.delayHint !== null
        ? PHRASES[language].rule.statement(row.delayHint)
        : null;
  return {
    kind: "activity",
    name: row.title,
    report: reportRef(report),
    status: null,
    statusReason: reason,
    values,
    source: row.source,
    facts: {
      startDate: row.startDate,
      endDate: row.endDate,
      state: row.state,
      deviation: row.deviationText,
      delayHint: row.delayHint,
      goal: { code: row.goal.code, title: row.goal.title },
    },
  };
}

/** One budget row: the cells that share table, row label and line, as column → printed amount. */
export function budgetRowItem(
  cells: readonly BudgetLineRecord[],
  report: ReportSummary,
  language: Language,
): AnswerItem | null {
  const first = cells[0];
  if (first === undefined) return null;
  const values: Record<string, string> = {};
  for (const cell of cells)
    values[cell.column] = cell.unit === "%" || cell.raw.includes(cell.unit) ? cell.raw : `${cell.raw} ${cell.unit}`;
  values[VALUE_LABEL[language].table] = first.table;
  return {
    kind: "budget-line",
    name: budgetRowName(first),
    report: reportRef(report),
    status: null,
    statusReason: null,
    values,
    source: rowSource(cells, first.source),
    facts: {
      table: first.table,
      group: first.group,
      cells: cells.map((cell) => ({ column: cell.column, raw: cell.raw, amount: cell.amount, unit: cell.unit })),
    },
  };
}

/** A budget row's source: its first line, to the last line of any of its cells that wraps. */
function rowSource(cells: readonly BudgetLineRecord[], first: Source): Source {
  const endLine = Math.max(...cells.map((cell) => cell.source.endLine ?? cell.source.line));
  return endLine > first.line
    ? { file: first.file, line: first.line, endLine }
    : { file: first.file, line: first.line };
}

/**
 * A budget row's name: its label, with its group when it has one; a total row ("Totalt", "Netto") also
 * names its table, since every table has one.
 */
function budgetRowName(row: BudgetLineRecord): string {
  const name = row.group === null ? row.rowLabel : `${row.rowLabel} (${row.group})`;
  return isTotalRow(row.rowLabel) && row.table !== "" ? `${name} – ${row.table}` : name;
}

export function budgetRequestItem(row: BudgetRequestRecord, report: ReportSummary, language: Language): AnswerItem {
  const label = VALUE_LABEL[language];
  const amount = `${row.amount.toLocaleString("sv-SE", { minimumFractionDigits: 1, maximumFractionDigits: 1 }).replace(/\u00a0/g, " ")} ${row.unit}`;
  return {
    kind: "budget-request",
    name: row.purpose,
    report: reportRef(report),
    status: null,
    statusReason: null,
    values: { [label.amount]: amount, [label.requestText]: row.text },
    source: row.source,
    facts: { amount: row.amount, unit: row.unit, purpose: row.purpose, text: row.text },
  };
}

export function reportItem(report: ReportSummary, language: Language): AnswerItem {
  const c = report.counts;
  const values: Record<string, string> =
    language === "sv"
      ? {
          mål: String(c.goals),
          indikatorer: String(c.indicators),
          aktiviteter: String(c.activities),
          budgetrader: String(c.budgetLines),
        }
      : {
          goals: String(c.goals),
          indicators: String(c.indicators),
          activities: String(c.activities),
          "budget lines": String(c.budgetLines),
        };
  if (report.date !== null) values[language === "sv" ? "datum" : "date"] = report.date;
  return {
    kind: "report",
    name: reportName(reportRef(report)),
    report: reportRef(report),
    status: null,
    statusReason: null,
    values,
    source: { file: report.sourceFile, line: 1 },
    facts: { goals: c.goals, indicators: c.indicators, activities: c.activities, budgetLines: c.budgetLines },
  };
}

/** A passage of the report's prose, quoted with its heading and lines. */
export function passageItem(passage: PassageHit, report: ReportSummary, quote: string): AnswerItem {
  return {
    kind: "passage",
    name: passage.heading ?? quote.slice(0, 60),
    report: reportRef(report),
    status: null,
    statusReason: null,
    values: {},
    source: passage.source,
    facts: { heading: passage.heading, text: quote, endLine: passage.endLine },
  };
}
