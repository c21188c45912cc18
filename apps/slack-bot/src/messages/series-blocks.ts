import { formatSource } from "@tertial/domain";
import {
  type Answer,
  type AnswerItem,
  buildSeries,
  type IndicatorSeries,
  type Language,
  type SeriesRow,
  seriesTitle,
  sparkline,
  statusLabel,
  VALUE_LABEL,
} from "@tertial/engine";
import { escapeAndTruncate, truncate } from "./escape.ts";
import {
  type ChartSeries,
  context,
  type DataVisualizationBlock,
  type MessageBlock,
  SLACK_CHART_LIMITS,
  SLACK_MESSAGE_LIMITS,
  SLACK_TABLE_LIMITS,
} from "./slack-message.ts";

const WORDS = {
  sv: {
    indicator: "Indikator",
    organisation: "Nämnd",
    period: "Period",
    status: "status",
    rule: "regel",
    source: "källa",
    sources: "källor",
    notNumber: (label: string, printed: string) => `${label}: "${printed}" är inget tal`,
    missing: (label: string) => `${label}: saknas`,
    overLimit: (n: number) => `Slack ritar högst ${n} punkter`,
    skipped: (what: string) => `Inte i diagrammet: ${what}.`,
    targetLeftOut: (target: string, where: string) => `${target} ritas inte (saknas eller är inget tal för ${where}).`,
    tooFew: (names: string) => `Inget diagram för ${names}: färre än två värden att rita.`,
    tooMany: (names: string) => `Inget diagram för ${names}: högst två diagram per meddelande.`,
    tableCut: (n: number) => `Tabellen visar de första raderna; ${n} rader fick inte plats.`,
  },
  en: {
    indicator: "Indicator",
    organisation: "Committee",
    period: "Period",
    status: "status",
    rule: "rule",
    source: "source",
    sources: "sources",
    notNumber: (label: string, printed: string) => `${label}: "${printed}" is not a number`,
    missing: (label: string) => `${label}: missing`,
    overLimit: (n: number) => `Slack draws at most ${n} points`,
    skipped: (what: string) => `Not in the chart: ${what}.`,
    targetLeftOut: (target: string, where: string) => `${target} is not drawn (missing or not a number for ${where}).`,
    tooFew: (names: string) => `No chart for ${names}: fewer than two values to draw.`,
    tooMany: (names: string) => `No chart for ${names}: at most two charts per message.`,
    tableCut: (n: number) => `The table shows the first rows; ${n} rows did not fit.`,
  },
} as const;

/** A table cell's longest text; a status rule is cut here (the full rule is in the item's answer text). */
const MAX_CELL = 300;

/**
 * A trend's or comparison's items for Slack: a chart per series (a line over the periods for a trend,
 * bars per committee for a comparison; the outcome and the target as two series), at most two, each
 * with a context line carrying its sparkline (for clients that cannot draw the chart) and the report
 * lines its numbers stand on; then one `table` block with every row's printed figures, status, rule
 * and source. Numbers are the figures printed on the cited lines; a figure that is not a number is
 * left out of the chart, and the context line says so. Items that are not indicators come back in
 * `others`, for the caller to show as ordinary items.
 */
export function seriesBlocks(
  answer: Answer,
  items: readonly AnswerItem[],
): { blocks: MessageBlock[]; others: AnswerItem[] } {
  const words = WORDS[answer.language];
  const { series, others } = buildSeries(answer, items);
  const blocks: MessageBlock[] = [];
  const tooFew: string[] = [];
  const tooMany: string[] = [];
  let charts = 0;
  for (const one of series) {
    const drawn = chartOf(one, answer.language);
    if (drawn === null) {
      tooFew.push(seriesTitle(one));
    } else if (charts >= SLACK_CHART_LIMITS.chartsPerMessage) {
      tooMany.push(seriesTitle(one));
    } else {
      charts += 1;
      blocks.push(drawn.block, context(escapeAndTruncate(drawn.caption, SLACK_MESSAGE_LIMITS.sectionText)));
    }
  }
  if (series.length > 0) blocks.push(...tableBlocks(series, answer.language));
  const unchartered = [
    ...(tooFew.length > 0 ? [words.tooFew(tooFew.join(", "))] : []),
    ...(tooMany.length > 0 ? [words.tooMany(tooMany.join(", "))] : []),
  ];
  if (unchartered.length > 0)
    blocks.push(context(escapeAndTruncate(unchartered.join("\n"), SLACK_MESSAGE_LIMITS.sectionText)));
  return { blocks, others };
}

/**
 * One series as a chart, or null when fewer than two of its outcomes are numbers. The categories are the
 * rows with a numeric outcome; the target is drawn when every one of them has a numeric target too, so
 * every series has one point per category.
 */
function chartOf(
  series: IndicatorSeries,
  language: Language,
): { block: DataVisualizationBlock; caption: string } | null {
  const words = WORDS[language];
  const label = VALUE_LABEL[language];
  const drawn = series.rows.filter((row) => row.outcome.value !== null);
  if (drawn.length < 2) return null;
  const rows = drawn.slice(0, SLACK_CHART_LIMITS.categories);
  const categories = chartLabels(rows.map((row) => (series.byOrganisation ? row.item.report.organisation : row.label)));
  const points = (figure: (row: SeriesRow) => number | null) =>
    rows.flatMap((row, i) => {
      const value = figure(row);
      return value === null ? [] : [{ label: categories[i] ?? "", value }];
    });
  const chartSeries: ChartSeries[] = [{ name: label.outcome, data: points((row) => row.outcome.value) }];
  const notes: string[] = [];
  const withoutTarget = rows.filter((row) => row.target.value === null);
  if (withoutTarget.length === 0) {
    chartSeries.push({ name: label.target, data: points((row) => row.target.value) });
  } else {
    notes.push(words.targetLeftOut(label.target, withoutTarget.map((row) => row.label).join(", ")));
  }
  const skipped = series.rows
    .filter((row) => !rows.includes(row))
    .map((row) => `${row.label} (${skipReason(row, language)})`);
  if (skipped.length > 0) notes.unshift(words.skipped(skipped.join(", ")));
  const unit = rows.find((row) => row.outcome.printed !== null)?.item.facts.outcome?.unit ?? null;
  const block: DataVisualizationBlock = {
    type: "data_visualization",
    title: truncate(seriesTitle(series), SLACK_CHART_LIMITS.title),
    chart: {
      type: series.byOrganisation ? "bar" : "line",
      series: chartSeries,
      axis_config: {
        categories,
        x_label: series.byOrganisation ? words.organisation : words.period,
        ...(unit === null ? {} : { y_label: truncate(unit, SLACK_CHART_LIMITS.axisLabel) }),
      },
    },
  };
  const spark = sparkline(series.rows.map((row) => row.outcome.value));
  const span = series.byOrganisation ? "" : ` (${rows[0]?.label ?? ""} → ${rows[rows.length - 1]?.label ?? ""})`;
  const sources = rows.map((row) => formatSource(row.item.source)).join(", ");
  const caption = [`${label.outcome}: ${spark}${span} · ${words.sources}: ${sources}`, ...notes].join("\n");
  return { block, caption };
}

function skipReason(row: SeriesRow, language: Language): string {
  const words = WORDS[language];
  const label = VALUE_LABEL[language].outcome;
  if (row.outcome.printed === null) return words.missing(label);
  if (row.outcome.value === null) return words.notNumber(label, row.outcome.printed);
  return words.overLimit(SLACK_CHART_LIMITS.categories);
}

/** Category labels within Slack's 20 characters, made unique with a number when two cut alike. */
function chartLabels(labels: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const cut = truncate(label, SLACK_CHART_LIMITS.label);
    const count = (seen.get(cut) ?? 0) + 1;
    seen.set(cut, count);
    return count === 1 ? cut : `${truncate(label, SLACK_CHART_LIMITS.label - 3)} ${count}`;
  });
}

/** The figures of every series in one `table` block (Slack allows one per message), cut to its limits. */
function tableBlocks(series: readonly IndicatorSeries[], language: Language): MessageBlock[] {
  const words = WORDS[language];
  const label = VALUE_LABEL[language];
  const header = [
    words.indicator,
    words.organisation,
    words.period,
    label.outcome,
    label.forecast,
    label.target,
    words.status,
    words.rule,
    words.source,
  ];
  const rows = series.flatMap((one) =>
    one.rows.map((row) => [
      row.item.name,
      row.item.report.organisation,
      row.item.report.period,
      row.outcome.printed ?? "–",
      row.forecast.printed ?? "–",
      row.target.printed ?? "–",
      row.item.status === null ? "–" : statusLabel(row.item.status, language),
      row.item.statusReason ?? "–",
      formatSource(row.item.source),
    ]),
  );
  const cell = (text: string) => ({ type: "raw_text" as const, text: truncate(text.trim() || "–", MAX_CELL) });
  const kept: { type: "raw_text"; text: string }[][] = [header.map(cell)];
  let characters = header.join("").length;
  for (const row of rows) {
    const cells = row.map(cell);
    const size = cells.reduce((sum, one) => sum + one.text.length, 0);
    if (kept.length >= SLACK_TABLE_LIMITS.rows || characters + size > SLACK_TABLE_LIMITS.charactersPerTable) break;
    kept.push(cells);
    characters += size;
  }
  const table: MessageBlock = {
    type: "table",
    rows: kept,
    column_settings: [
      { is_wrapped: true },
      { is_wrapped: true },
      {},
      { align: "right" },
      { align: "right" },
      { align: "right" },
      {},
      { is_wrapped: true },
    ],
  };
  const cut = rows.length - (kept.length - 1);
  return cut > 0 ? [table, context(words.tableCut(cut))] : [table];
}
