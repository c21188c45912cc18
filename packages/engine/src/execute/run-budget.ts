import { formatSource } from "@tertial/domain";
import type { BudgetLineRecord, ReportSummary } from "@tertial/store";
import type { AnswerItem } from "../answer.ts";
import type { Draft } from "../answers/context.ts";
import { budgetRowItem, reportName, reportRef } from "../answers/items.ts";
import { t } from "../answers/labels.ts";
import { findBudgetResult } from "../budget/budget-result.ts";
import { isTotalRow } from "../budget/total-row.ts";
import { findPassages } from "./find-passages.ts";
import { nameAnswers, rankByWords } from "./match-names.ts";
import { quotePassage } from "./quote.ts";
import { byReport } from "./by-report.ts";
import { draft, reportOf, type RunContext, scoped } from "./run-context.ts";
import { passageItem } from "../answers/items.ts";

/** Rows a whole-budget answer shows: the total rows, any "Summa …" and the results after adjustments. */
const SUMMARY_ROW = /^summa|efter resultat/i;

/**
 * Budget questions. Each report in scope leads with its result after adjustments (surplus or deficit,
 * with the column it is read from). A named row or area gives that row in every table, and the prose
 * that explains it; without one, the total rows. `compare` covers every period of the organisations.
 */
export function runBudget(ctx: RunContext, compare: boolean): Draft {
  const { reports, scope, notes } = scoped(ctx, compare ? "all" : "latest-each");
  const lines = ctx.data.rows.budgetLines.of(reports.map((r) => r.id));
  const linesOf = byReport(lines, (line) => line.reportId);
  const lead: string[] = [];
  for (const report of reports) {
    const result = findBudgetResult(linesOf.get(report.id) ?? []);
    if (result !== null) lead.push(resultLine(ctx, report, result));
  }
  const { items, matchedRows } = budgetRowItems(ctx, reports, compare);
  // The prose explains a named row or area; a question about the whole budget gets its figures only.
  if (ctx.stems.length > 0) {
    const explained = findPassages(
      ctx,
      reports.map((r) => r.id),
      matchedRows ? 2 : 3,
    );
    items.push(
      ...explained.map((hit) => passageItem(hit, reportOf(ctx, hit.reportId), quotePassage(hit.text, ctx.searchStems))),
    );
  }
  if (lead.length === 0 && items.length === 0)
    lead.push(
      t(ctx.language, "Hittade inga budgetuppgifter i rapporterna.", "Found no budget figures in the reports."),
    );
  notes.push(
    t(
      ctx.language,
      "Avvikelse är rapportens egen kolumn: budget − prognos, positivt är överskott; resultatet efter justeringar är tabellens sista avvikelsekolumn.",
      "Deviation is the report's own column: budget − forecast, positive is a surplus; the result after adjustments is the table's last deviation column.",
    ),
  );
  return draft("budget", scope, { lead, items, notes, subject: ctx.query.filters.words.join(" ") || null });
}

/**
 * Each report's rows the question names (the subject's words, else its topical words: "investeringar",
 * "budgetjusteringar"); without a subject, the total rows. A subject that names no row gives none,
 * except in a comparison, which shows the totals.
 */
export function budgetRowItems(
  ctx: RunContext,
  reports: readonly ReportSummary[],
  compare: boolean,
): { items: AnswerItem[]; matchedRows: boolean } {
  const items: AnswerItem[] = [];
  let matchedRows = false;
  const rowsOf = byReport(ctx.data.rows.budgetRows.of(reports.map((r) => r.id)), (cells) => cells[0]?.reportId);
  for (const report of reports) {
    const rows = rowsOf.get(report.id) ?? [];
    let ranked = rankByWords(rows, rowText, ctx.stems);
    if (ctx.stems.length > 0 && !nameAnswers(ranked[0])) ranked = rankByWords(rows, rowText, ctx.searchStems);
    const top = ranked[0];
    const named =
      top !== undefined && nameAnswers(top)
        ? ranked.filter((hit) => hit.score === top.score).map((hit) => hit.item)
        : [];
    matchedRows ||= named.length > 0;
    const chosen =
      named.length > 0
        ? named
        : ctx.stems.length > 0 && !compare
          ? []
          : rows.filter((cells) => {
              const label = cells[0]?.rowLabel.trim() ?? "";
              return isTotalRow(label) || SUMMARY_ROW.test(label);
            });
    for (const cells of chosen) {
      const item = budgetRowItem(cells, report, ctx.language);
      if (item !== null) items.push(item);
    }
  }
  return { items, matchedRows };
}

function resultLine(
  ctx: RunContext,
  report: ReportSummary,
  result: NonNullable<ReturnType<typeof findBudgetResult>>,
): string {
  const amount = result.final.amount ?? 0;
  const size = Math.abs(amount)
    .toLocaleString("sv-SE", { minimumFractionDigits: 1, maximumFractionDigits: 1 })
    .replace(/\u00a0/g, " ");
  const unit = result.unit;
  const where = `${result.row}, ${result.final.column}; ${formatSource(result.final.source)}`;
  const name = reportName(reportRef(report));
  const before =
    result.before === null
      ? ""
      : t(
          ctx.language,
          ` Före justeringar: ${result.before.raw} ${unit} (${result.before.column}).`,
          ` Before adjustments: ${result.before.raw} ${unit} (${result.before.column}).`,
        );
  if (amount === 0)
    return t(
      ctx.language,
      `${name}: prognosen är i balans med budget, 0 ${unit} (${where}).${before}`,
      `${name}: the forecast is in balance with the budget, 0 ${unit} (${where}).${before}`,
    );
  return amount > 0
    ? t(
        ctx.language,
        `${name}: överskott på ${size} ${unit} efter justeringar (${where}).${before}`,
        `${name}: a surplus of ${size} ${unit} after adjustments (${where}).${before}`,
      )
    : t(
        ctx.language,
        `${name}: underskott på ${size} ${unit} efter justeringar (${where}).${before}`,
        `${name}: a deficit of ${size} ${unit} after adjustments (${where}).${before}`,
      );
}

function rowText(cells: readonly BudgetLineRecord[]): string {
  const first = cells[0];
  return first === undefined ? "" : `${first.rowLabel} ${first.group ?? ""} ${first.table}`;
}
