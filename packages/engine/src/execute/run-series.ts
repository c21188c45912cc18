import type { IndicatorRecord } from "@tertial/store";
import type { Draft } from "../answers/context.ts";
import type { AnswerItem } from "../answer.ts";
import { indicatorItem, passageItem } from "../answers/items.ts";
import { findPassages } from "./find-passages.ts";
import { quotePassage } from "./quote.ts";
import { joinList, t } from "../answers/labels.ts";
import { byReport } from "./by-report.ts";
import { rankByWords } from "./match-names.ts";
import { draft, reportOf, type RunContext, scoped } from "./run-context.ts";
import { runPassages } from "./run-passages.ts";

const MATCH = 0.5;
const KIND_ORDER = { T1: 1, T2: 2, VB: 3 } as const;

/**
 * The same indicator across reports (a comparison between committees or a trend over periods): in
 * each report of the scope the indicator whose name holds most of the subject, oldest report first.
 * When no report has such an indicator, each report's prose on the subject answers instead.
 */
export function runSeries(ctx: RunContext, compare: boolean): Draft {
  // A comparison between committees takes each one's latest report; a trend every period.
  const { reports, scope, notes } = scoped(ctx, compare ? "latest-each" : "all");
  const rowsOf = byReport(ctx.data.rows.indicators.of(reports.map((r) => r.id)), (row) => row.reportId);
  const chosen: IndicatorRecord[] = [];
  const ordered = [...reports].sort((a, b) => a.year - b.year || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  for (const report of ordered) {
    const ranked = rankByWords(rowsOf.get(report.id) ?? [], (row) => row.name, ctx.stems);
    const best = ranked[0];
    // Every indicator of the report with the best name (one name may stand under several goals).
    if (best !== undefined && best.score >= MATCH)
      chosen.push(
        ...ranked
          .filter((hit) => hit.score === best.score)
          .slice(0, 3)
          .map((hit) => hit.item),
      );
  }
  if (chosen.length === 0) return runPassages(ctx, "theme", compare ? "latest-each" : "all");
  const items: AnswerItem[] = chosen.map((row) => indicatorItem(row, reportOf(ctx, row.reportId), ctx.language, true));
  // One report alone compares nothing: what its prose says about the subject may (the city average, last year).
  const covered = new Set(chosen.map((row) => row.reportId));
  if (covered.size === 1) {
    const prose = findPassages(ctx, [...covered], 3);
    items.push(
      ...prose.map((hit) => passageItem(hit, reportOf(ctx, hit.reportId), quotePassage(hit.text, ctx.searchStems))),
    );
  }
  const names = [...new Set(chosen.map((row) => row.name))];
  const periods = items.map((item) => `${item.report.organisation} ${item.report.period}`);
  const lead = [
    compare
      ? t(ctx.language, `${joinList("sv", names)} — jämförelse:`, `${joinList("en", names)} — comparison:`)
      : t(ctx.language, `${joinList("sv", names)} över tid:`, `${joinList("en", names)} over time:`),
  ];
  if (covered.size === 1 && reports.length > 1) {
    notes.push(
      t(ctx.language, `Bara ${periods[0] ?? ""} har indikatorn.`, `Only ${periods[0] ?? ""} has the indicator.`),
    );
  }
  return draft(compare ? "compare" : "trend", scope, { lead, items, notes, subject: names[0] ?? null });
}
