import { findBudgetRequests } from "@tertial/store";
import type { Draft } from "../answers/context.ts";
import type { ReportSummary } from "@tertial/store";
import type { AnswerItem } from "../answer.ts";
import { budgetRequestItem, budgetRowItem, passageItem } from "../answers/items.ts";
import { count, t } from "../answers/labels.ts";
import { findPassages } from "./find-passages.ts";
import { quotePassage } from "./quote.ts";
import { draft, reportOf, type RunContext, scoped } from "./run-context.ts";
import { budgetRowItems } from "./run-budget.ts";
import { foldKey } from "../text/normalise.ts";

/** Tables of money already granted ("Beviljade budgetjusteringar"), folded. */
const GRANTED_STEM = "bevilj";

/**
 * Money asked for: the requests in "Förslag till beslut" (and budgetjustering requests) of each report
 * in scope, then the budget rows and prose that explain them (adjustments granted, how an amount was
 * calculated). Two named periods compare the requests of both.
 */
export function runRequests(ctx: RunContext): Draft {
  const compare = ctx.query.filters.periods.length >= 2;
  const { reports, scope, notes } = scoped(ctx, compare ? "all" : "latest-each");
  const requests = findBudgetRequests(ctx.db, { reportIds: reports.map((r) => r.id) });
  const items = requests.map((row) => budgetRequestItem(row, reportOf(ctx, row.reportId), ctx.language));
  // The rows the question names (a budget answer's rows, without its result lines and prose). Money
  // already granted is not money asked for: its tables come only when the question asks about them.
  const asksGranted = ctx.searchStems.some((stem) => stem.startsWith(GRANTED_STEM));
  const named = (ctx.searchStems.length > 0 ? budgetRowItems(ctx, reports, compare).items : []).filter(
    (item) => asksGranted || !isGrantedRow(item),
  );
  const rows = asksGranted ? withoutRepeats([...grantedRows(ctx, reports), ...named]) : named;
  const lead = [requestsLead(ctx, items.length, rows.length)];
  const passages = findPassages(
    ctx,
    reports.map((r) => r.id),
    3,
  ).map((hit) => passageItem(hit, reportOf(ctx, hit.reportId), quotePassage(hit.text, ctx.searchStems)));
  return draft("budget-requests", scope, { lead, items: [...items, ...rows, ...passages], notes, subject: null });
}

/** What follows: the requests in the proposed decision, then how many budget rows the question names. */
function requestsLead(ctx: RunContext, requests: number, rows: number): string {
  if (requests === 0 && rows === 0)
    return t(
      ctx.language,
      "Inga begäranden om medel i förslaget till beslut.",
      "No money requests in the proposed decision.",
    );
  if (requests === 0)
    return t(
      ctx.language,
      `Inga begäranden om medel i förslaget till beslut. Budgetraderna som frågan gäller (${rows}):`,
      `No money requests in the proposed decision. The budget rows the question names (${rows}):`,
    );
  const n = count(
    ctx.language,
    requests,
    ["begäran om medel", "begäranden om medel"],
    ["money request", "money requests"],
  );
  return rows === 0
    ? t(ctx.language, `${n} i förslaget till beslut:`, `${n} in the proposed decision:`)
    : t(
        ctx.language,
        `${n} i förslaget till beslut, och budgetraderna som frågan gäller (${rows}):`,
        `${n} in the proposed decision, and the budget rows the question names (${rows}):`,
      );
}

function isGrantedRow(item: AnswerItem): boolean {
  return item.kind === "budget-line" && foldKey(item.facts.table).includes(GRANTED_STEM);
}

/** Every row of the reports' tables of granted adjustments, in the order printed. */
function grantedRows(ctx: RunContext, reports: readonly ReportSummary[]): AnswerItem[] {
  return ctx.data.rows.budgetRows
    .of(reports.map((r) => r.id))
    .filter((cells) => foldKey(cells[0]?.table ?? "").includes(GRANTED_STEM))
    .map((cells) => budgetRowItem(cells, reportOf(ctx, cells[0]?.reportId ?? -1), ctx.language))
    .filter((item) => item !== null);
}

function withoutRepeats(items: readonly AnswerItem[]): AnswerItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.source.file}:${item.source.line}:${item.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
