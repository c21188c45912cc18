import { parseMeasure } from "@tertial/domain";
import type { Answer, AnswerItem } from "../answer.ts";
import { VALUE_LABEL } from "../answers/labels.ts";

export type IndicatorItem = Extract<AnswerItem, { kind: "indicator" }>;

/** One figure of a row: as the report prints it (null when absent), and its number when it is one. */
export interface SeriesFigure {
  printed: string | null;
  value: number | null;
}

/** One report's row of an indicator series: a period (trend) or a committee's latest period (comparison). */
export interface SeriesRow {
  /** "T1 2017" in a trend; "Socialnämnden T1 2020" in a comparison. */
  label: string;
  item: IndicatorItem;
  outcome: SeriesFigure;
  forecast: SeriesFigure;
  target: SeriesFigure;
}

/** One indicator's rows, oldest first in a trend; a trend's series also belongs to one organisation. */
export interface IndicatorSeries {
  indicator: string;
  /** The organisation of a trend's rows; null in a comparison, whose rows are organisations. */
  organisation: string | null;
  byOrganisation: boolean;
  rows: SeriesRow[];
}

/** A trend's or comparison's items as series, and the items that are not indicators (passages). */
export interface SeriesView {
  series: IndicatorSeries[];
  others: AnswerItem[];
}

/**
 * Groups a trend's or comparison's indicator items into series, so renderers draw one line or one
 * set of bars per indicator (and, in a trend, per organisation) instead of mixing two indicators. Each
 * figure is the value printed in the item (what the CLI and Slack show), its number read with the
 * domain's parseMeasure; a figure that is not a number ("Tas fram av nämnd") keeps value null.
 */
export function buildSeries(answer: Answer, items: readonly AnswerItem[]): SeriesView {
  const byOrganisation = answer.intent === "compare";
  const label = VALUE_LABEL[answer.language];
  const series = new Map<string, IndicatorSeries>();
  const others: AnswerItem[] = [];
  for (const item of items) {
    if (item.kind !== "indicator") {
      others.push(item);
      continue;
    }
    const organisation = byOrganisation ? null : item.report.organisation;
    const key = `${organisation ?? ""}\u0000${item.name}`;
    let entry = series.get(key);
    if (entry === undefined) {
      entry = { indicator: item.name, organisation, byOrganisation, rows: [] };
      series.set(key, entry);
    }
    entry.rows.push({
      label: byOrganisation ? `${item.report.organisation} ${item.report.period}` : item.report.period,
      item,
      outcome: figure(item.values[label.outcome]),
      forecast: figure(item.values[label.forecast]),
      target: figure(item.values[label.target]),
    });
  }
  return { series: [...series.values()], others };
}

function figure(printed: string | undefined): SeriesFigure {
  if (printed === undefined) return { printed: null, value: null };
  const value = parseMeasure(printed)?.value ?? null;
  return { printed, value: value !== null && Number.isFinite(value) ? value : null };
}

/** "Socialnämnden · Sjukfrånvaro" for a trend's series, the indicator's name for a comparison's. */
export function seriesTitle(series: IndicatorSeries): string {
  return series.organisation === null ? series.indicator : `${series.organisation} · ${series.indicator}`;
}
