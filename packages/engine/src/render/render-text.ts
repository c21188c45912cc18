import { formatSource } from "@tertial/domain";
import type { Answer, AnswerItem, Language } from "../answer.ts";
import { formatTable } from "../digest/text-table.ts";
import { reportName } from "../answers/items.ts";
import { en } from "./en.ts";
import { buildSeries, type IndicatorSeries, seriesTitle } from "./series.ts";
import { sparkline } from "./sparkline.ts";
import { sv } from "./sv.ts";
import { PHRASES } from "./phrases.ts";
import { statusLabel } from "./status-vocabulary.ts";

/** A text answer lists at most this many items, then says how many more there are. */
export const MAX_TEXT_ITEMS = 15;

/**
 * The answer as plain text for a terminal: the lead lines, the items (a table with a sparkline for
 * trends and comparisons, otherwise one block per item with its values, status rule and source), then
 * the notes. Answers without lead lines (built elsewhere) print their answerText as it is.
 */
export function renderText(answer: Answer): string {
  if (answer.lead === undefined) return answer.answerText;
  const words = PHRASES[answer.language].text;
  const parts: string[] = [answer.lead.join("\n")];
  const shown = answer.items.slice(0, MAX_TEXT_ITEMS);
  if (shown.length > 0) {
    const body =
      answer.intent === "trend" || answer.intent === "compare"
        ? renderSeries(answer, shown)
        : renderItems(answer, shown);
    parts.push(body.join("\n"));
  }
  const rest = answer.items.length - shown.length;
  const notes = [...(answer.notes ?? [])];
  if (rest > 0) {
    notes.unshift(words.moreItems(rest, answer.items.length));
  }
  if (answer.suggestions.length > 0) {
    notes.push(`${words.didYouMean}:\n${answer.suggestions.map((s) => `  – ${s}`).join("\n")}`);
  }
  if (notes.length > 0) parts.push(notes.join("\n"));
  return parts.filter((part) => part !== "").join("\n\n");
}

/** Values an item's other lines already show (its goal, its table, a request's text); a report item shows all of its counts. */
const HIDDEN_VALUES = new Set<string>([
  sv.valueLabel.goal,
  en.valueLabel.goal,
  sv.valueLabel.table,
  en.valueLabel.table,
  sv.valueLabel.requestText,
]);

function renderItems(answer: Answer, items: readonly AnswerItem[]): string[] {
  const manyReports = new Set(answer.items.map((item) => item.report.file)).size > 1;
  const { valueLabel, text } = PHRASES[answer.language];
  return items.map((item) => {
    const status = item.status === null ? "" : ` — ${statusLabel(item.status, answer.language)}`;
    const where = manyReports && item.kind !== "report" ? ` (${reportName(item.report)})` : "";
    if (item.kind === "passage") return renderPassage(answer, item, where);
    const name = item.kind === "goal" && item.facts.code !== null ? `${item.facts.code} ${item.name}` : item.name;
    const lines = [`• ${name}${where}${status}`];
    const analysisLabel = valueLabel.analysis;
    const values = Object.entries(item.values).filter(
      ([label]) => label !== analysisLabel && (item.kind === "report" || !HIDDEN_VALUES.has(label)),
    );
    if (item.kind === "budget-request") {
      lines.push(`  ${item.values[valueLabel.requestText] ?? ""}`);
    } else if (values.length > 0 && item.kind !== "goal") {
      lines.push(`  ${values.map(([label, value]) => `${label} ${value}`).join(" · ")}`);
    }
    if (item.statusReason !== null && item.kind !== "goal") lines.push(`  ${item.statusReason}`);
    if (item.kind === "goal" && item.values[firstKey(item)] !== undefined)
      lines.push(`  ${goalAssessment(answer.language, item.values[firstKey(item)] ?? "", item.statusReason)}`);
    const analysis = item.values[analysisLabel];
    if (analysis !== undefined) lines.push(`  ${analysisLabel}: ${analysis}`);
    lines.push(`  ${text.source}: ${formatSource(item.source)}`);
    return lines.join("\n");
  });
}

/** A quoted passage: its heading, the quote, and the lines it spans. */
function renderPassage(answer: Answer, item: Extract<AnswerItem, { kind: "passage" }>, where: string): string {
  const heading = item.facts.heading === null ? "" : `${item.facts.heading}`;
  const { text } = PHRASES[answer.language];
  return [
    `• ${heading || text.fromTheText}${where}`,
    `  "${item.facts.text}"`,
    `  ${text.source}: ${formatSource({ ...item.source, endLine: item.facts.endLine })}`,
  ].join("\n");
}

/**
 * A goal's assessment as the report prints it ("Uppfylls delvis"). In English it is quoted after the
 * status rule in English ("partially met"), so the answer has no Swedish outside quotes.
 */
function goalAssessment(language: Language, printed: string, rule: string | null): string {
  if (language === "sv") return printed;
  return rule === null || rule === "" ? `"${printed}"` : `${rule} ("${printed}")`;
}

function firstKey(item: AnswerItem): string {
  return Object.keys(item.values)[0] ?? "";
}

function renderSeries(answer: Answer, items: readonly AnswerItem[]): string[] {
  const { series, others } = buildSeries(answer, items);
  const out: string[] = [];
  for (const [i, one] of series.entries()) {
    if (i > 0) out.push("");
    if (series.length > 1) out.push(`${seriesTitle(one)}:`);
    out.push(...seriesTable(answer, one));
  }
  if (others.length > 0) {
    if (out.length > 0) out.push("");
    out.push(...renderItems(answer, others));
  }
  return out;
}

/**
 * A table of one indicator's rows, each status with the rule that decided it, then a sparkline of the
 * outcomes (oldest first for a trend).
 */
function seriesTable(answer: Answer, series: IndicatorSeries): string[] {
  const language: Language = answer.language;
  const { valueLabel: label, text } = PHRASES[language];
  const rows = series.rows.map((row) => [
    row.label,
    row.outcome.printed ?? "–",
    row.forecast.printed ?? "–",
    row.target.printed ?? "–",
    row.item.status === null ? "" : statusLabel(row.item.status, language),
    row.item.status === null ? "" : (row.item.statusReason ?? ""),
    formatSource(row.item.source),
  ]);
  const table = formatTable(
    [
      { header: series.byOrganisation ? text.committee : "Period", maxWidth: 44 },
      { header: label.outcome, align: "right" },
      { header: label.forecast, align: "right" },
      { header: label.target, align: "right" },
      { header: "status" },
      { header: text.rule, maxWidth: 34 },
      { header: text.source },
    ],
    rows,
  );
  const line = sparkline(series.rows.map((row) => row.outcome.value));
  if (line.trim() === "" || series.rows.length < 2) return table;
  const first = series.rows[0]?.label ?? "";
  const last = series.rows[series.rows.length - 1]?.label ?? "";
  const span = series.byOrganisation ? "" : `  (${first} → ${last})`;
  return [...table, `${label.outcome}: ${line}${span}`];
}
