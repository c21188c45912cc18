import { findBudgetLines, findBudgetRequests, type BudgetLineRecord } from "@tertial/store";
import type { AnswerItem } from "../answer.ts";
import { resolveScope } from "../scope.ts";
import { type AskContext, type Draft, defaultNote, describeReports, noReportsDraft, report } from "./context.ts";
import { budgetRequestItem, budgetRowItem } from "./items.ts";
import { count, t } from "./labels.ts";
import { findInScope } from "./scoped-find.ts";
import { TOTAL_ROW_LIKE } from "../digest/budget-total.ts";

const TOTAL_ROW = /^(nämnden\s+)?totalt?$|^summa\s+netto$|^netto$|\(netto\)|^summa$/i;

/**
 * Budget rows (budget, result, forecast and deviation as the report prints them). A named row or area
 * ("äldreomsorg") gives that row in every table of the scope's reports; without one, the total rows.
 */
export function answerBudget(ctx: AskContext, rowNames: readonly string[] | null): Draft {
  const found = findInScope(ctx, (reportIds) => {
    const lines = findBudgetLines(
      ctx.db,
      rowNames === null ? { reportIds, rowLabelLike: TOTAL_ROW_LIKE } : { reportIds, rowLabels: rowNames },
    );
    return rowNames === null ? lines.filter((line) => TOTAL_ROW.test(line.rowLabel.trim())) : lines;
  });
  const { rows, reports, scope, fellBack } = found;
  if (reports.length === 0) return noReportsDraft(ctx, "budget", scope);
  const items = groupRows(rows).flatMap((cells) => {
    const first = cells[0];
    const item = first === undefined ? null : budgetRowItem(cells, report(ctx, first.reportId), ctx.language);
    return item === null ? [] : [item];
  });
  const where = `${describeReports(ctx.language, reports)}${defaultNote(ctx.language, scope, fellBack)}`;
  const what = rowNames === null ? t(ctx.language, "Budgetens totalrader", "Budget totals") : (rowNames[0] ?? "");
  const lead =
    items.length === 0
      ? [
          t(
            ctx.language,
            `Hittade ingen budgetrad ${rowNames === null ? "med totalen" : `"${what}"`} i ${where}.`,
            `Found no budget row ${rowNames === null ? "with the total" : `"${what}"`} in ${where}.`,
          ),
        ]
      : [
          t(
            ctx.language,
            `${what} — ${where} (${count("sv", items.length, ["rad", "rader"], ["", ""])}):`,
            `${what} — ${where} (${count("en", items.length, ["", ""], ["row", "rows"])}):`,
          ),
        ];
  const notes = [
    t(
      ctx.language,
      "Avvikelse är rapportens egen kolumn: budget − prognos (eller utfall), ibland efter justeringar; positivt är överskott.",
      "Deviation is the report's own column: budget − forecast (or outcome), sometimes after adjustments; positive is a surplus.",
    ),
  ];
  return {
    intent: "budget",
    scope,
    lead,
    items,
    notes: items.length === 0 ? [] : notes,
    suggestions: [],
    subject: rowNames?.[0] ?? null,
  };
}

/** Groups the cells of one printed row: same report, table, row label and line. */
function groupRows(lines: readonly BudgetLineRecord[]): BudgetLineRecord[][] {
  const rows = new Map<string, BudgetLineRecord[]>();
  for (const line of lines) {
    const key = `${line.reportId}\u0000${line.table}\u0000${line.rowLabel}\u0000${line.source.line}`;
    rows.set(key, [...(rows.get(key) ?? []), line]);
  }
  return [...rows.values()];
}

/** The money the nämnd asks for in "Förslag till beslut" (and budgetjustering requests). */
export function answerBudgetRequests(ctx: AskContext): Draft {
  const { reports, scope } = resolveScope(ctx.data.reports, ctx.organisations, ctx.periods, "latest");
  if (reports.length === 0) return noReportsDraft(ctx, "budget-requests", scope);
  const rows = findBudgetRequests(ctx.db, { reportIds: reports.map((r) => r.id) });
  const items: AnswerItem[] = rows.map((row) => budgetRequestItem(row, report(ctx, row.reportId), ctx.language));
  const where = `${describeReports(ctx.language, reports)}${defaultNote(ctx.language, scope)}`;
  const n = count(
    ctx.language,
    items.length,
    ["begäran om medel", "begäranden om medel"],
    ["money request", "money requests"],
  );
  const lead = [
    items.length === 0
      ? t(ctx.language, `Inga begäranden om medel i ${where}.`, `No money requests in ${where}.`)
      : `${n} — ${where}:`,
  ];
  return { intent: "budget-requests", scope, lead, items, notes: [], suggestions: [], subject: null };
}
