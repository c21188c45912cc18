import type { types } from "@slack/bolt";

export type Block = types.KnownBlock;

/** One point of a chart series: its label is one of the chart's categories. */
export interface ChartDataPoint {
  label: string;
  value: number;
}

/** A named series of a line or bar chart, shown in the chart's legend. */
export interface ChartSeries {
  name: string;
  data: ChartDataPoint[];
}

/**
 * Slack's `data_visualization` block (Block Kit, June 2026) as this app draws it: a line chart (a trend)
 * or a bar chart (a comparison). @slack/types 3.2 does not know the block yet.
 */
export interface DataVisualizationBlock {
  type: "data_visualization";
  title: string;
  chart: {
    type: "line" | "bar";
    series: ChartSeries[];
    axis_config: { categories: string[]; x_label?: string; y_label?: string };
  };
}

/** A block of a message: any Block Kit block, or a chart. */
export type MessageBlock = Block | DataVisualizationBlock;

/** A message ready for chat.postMessage / respond(): blocks plus the plain-text fallback Slack requires. */
export interface SlackMessage {
  text: string;
  blocks: MessageBlock[];
}

/** Slack's limits that the renderers respect. */
export const SLACK_MESSAGE_LIMITS = {
  blocksPerMessage: 50,
  blocksPerHomeView: 100,
  sectionText: 3000,
  headerText: 150,
  fallbackText: 3000,
  buttonText: 75,
  contextElements: 10,
} as const;

/**
 * Limits of the data visualization block, from Slack's reference
 * (docs.slack.dev/reference/block-kit/blocks/data-visualization-block): title 50 characters; 1–6 series
 * per line or bar chart; series names, category and point labels 20 characters; axis labels 50. Where
 * the reference is terse, the strictest reading of the SDKs that implement it: 20 categories (points per
 * series), every point's label one of the categories, every series one point per category, unique
 * series names, and at most two charts in one message.
 */
export const SLACK_CHART_LIMITS = {
  title: 50,
  seriesPerChart: 6,
  label: 20,
  categories: 20,
  axisLabel: 50,
  chartsPerMessage: 2,
} as const;

/**
 * Limits of the table block (docs.slack.dev/reference/block-kit/blocks/table-block): 100 rows, 20 cells
 * per row, 20 column settings; one table per message and 10,000 characters across all cells, as Slack
 * enforces them; a raw_text cell must not be empty.
 */
export const SLACK_TABLE_LIMITS = {
  rows: 100,
  cellsPerRow: 20,
  columnSettings: 20,
  tablesPerMessage: 1,
  charactersPerTable: 10_000,
} as const;

export function header(text: string): Block {
  return {
    type: "header",
    text: { type: "plain_text", text: truncatePlain(text, SLACK_MESSAGE_LIMITS.headerText), emoji: true },
  };
}

/** A mrkdwn section; `text` must already be escaped and within the section limit. */
export function section(text: string): Block {
  return { type: "section", text: { type: "mrkdwn", text } };
}

export function context(text: string): Block {
  return { type: "context", elements: [{ type: "mrkdwn", text }] };
}

function truncatePlain(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Whether a message holds a chart (data_visualization) or a `table` block. */
export function hasChartOrTable(message: SlackMessage): boolean {
  return message.blocks.some((block) => block.type === "data_visualization" || block.type === "table");
}

/**
 * The message without its charts and `table` blocks, for a Slack that refused them (invalid_blocks): the
 * first of them becomes a section with the message's text (the text answer: its tables, sparklines and
 * sources) as a code block; the other blocks stay as they are.
 */
export function withoutChartsAndTables(message: SlackMessage): SlackMessage {
  const code = `\`\`\`${truncatePlain(message.text, SLACK_MESSAGE_LIMITS.sectionText - 6)}\`\`\``;
  let replaced = false;
  const blocks = message.blocks.flatMap((block): MessageBlock[] => {
    if (block.type !== "data_visualization" && block.type !== "table") return [block];
    if (replaced) return [];
    replaced = true;
    return [section(code)];
  });
  return { text: message.text, blocks };
}
