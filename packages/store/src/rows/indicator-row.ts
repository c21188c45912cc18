import type { Direction, GoalId, Indicator, Status, StatusRule } from "@tertial/domain";
import { insertSql, type RowValues, toSource } from "./insert-sql.ts";
import { measureValues, toAmount, toMeasure } from "./measure-columns.ts";

export interface IndicatorRow {
  id: number;
  report_id: number;
  goal_key: string;
  name: string;
  glyph: string | null;
  outcome_raw: string | null;
  outcome_value: number | null;
  outcome_unit: string | null;
  outcome_men_raw: string | null;
  outcome_men_value: number | null;
  outcome_men_unit: string | null;
  outcome_women_raw: string | null;
  outcome_women_value: number | null;
  outcome_women_unit: string | null;
  previous_outcome_raw: string | null;
  previous_outcome_value: number | null;
  previous_outcome_unit: string | null;
  previous_label: string | null;
  forecast_raw: string | null;
  forecast_value: number | null;
  forecast_unit: string | null;
  annual_target_raw: string | null;
  annual_target_value: number | null;
  annual_target_unit: string | null;
  kf_annual_target_raw: string | null;
  kf_annual_target_value: number | null;
  kf_annual_target_unit: string | null;
  period: string | null;
  analysis: string | null;
  direction: string;
  status: string;
  /** The StatusRule as JSON (migration 008). */
  status_rule: string;
  alignment: string;
  source_file: string;
  source_line: number;
  /** Migration 009; NULL for a one-line fact and for rows loaded before it. */
  source_end_line: number | null;
}

/** Add `FROM indicator i JOIN goal g ON g.id = i.goal_id`. */
export const INDICATOR_COLUMNS = `i.id, i.report_id, g.goal_key, i.name, i.glyph,
  i.outcome_raw, i.outcome_value, i.outcome_unit, i.outcome_men_raw, i.outcome_men_value, i.outcome_men_unit,
  i.outcome_women_raw, i.outcome_women_value, i.outcome_women_unit,
  i.previous_outcome_raw, i.previous_outcome_value, i.previous_outcome_unit, i.previous_label,
  i.forecast_raw, i.forecast_value, i.forecast_unit, i.annual_target_raw, i.annual_target_value, i.annual_target_unit,
  i.kf_annual_target_raw, i.kf_annual_target_value, i.kf_annual_target_unit,
  i.period, i.analysis, i.direction, i.status, i.status_rule, i.alignment, i.source_file, i.source_line, i.source_end_line`;

/** The one place an indicator row becomes a domain Indicator. */
export function toIndicator(row: IndicatorRow): Indicator {
  return {
    goalId: row.goal_key as GoalId,
    name: row.name,
    glyph: row.glyph,
    outcome: toMeasure(row.outcome_raw, row.outcome_value, row.outcome_unit),
    outcomeMen: toMeasure(row.outcome_men_raw, row.outcome_men_value, row.outcome_men_unit),
    outcomeWomen: toMeasure(row.outcome_women_raw, row.outcome_women_value, row.outcome_women_unit),
    previousOutcome: toMeasure(row.previous_outcome_raw, row.previous_outcome_value, row.previous_outcome_unit),
    previousLabel: row.previous_label,
    forecast: toMeasure(row.forecast_raw, row.forecast_value, row.forecast_unit),
    annualTarget: toMeasure(row.annual_target_raw, row.annual_target_value, row.annual_target_unit),
    kfAnnualTarget: toMeasure(row.kf_annual_target_raw, row.kf_annual_target_value, row.kf_annual_target_unit),
    period: row.period,
    analysis: row.analysis,
    direction: row.direction as Direction,
    status: row.status as Status,
    statusRule: readStatusRule(row.status_rule),
    alignment: row.alignment as Indicator["alignment"],
    source: toSource(row.source_file, row.source_line, row.source_end_line),
  };
}

/**
 * The stored rule as it was saved. JSON writes -0 as 0; the printed minus tells them apart (as for
 * the Measure columns), so a compared "-0,0" reads back as -0.
 */
export function readStatusRule(json: string): StatusRule {
  return JSON.parse(json, function (this: { raw?: unknown }, key: string, value: unknown) {
    return key === "value" && typeof value === "number" && typeof this.raw === "string"
      ? toAmount(value, this.raw)
      : value;
  }) as StatusRule;
}

const INDICATOR_INSERT_COLUMNS = [
  "report_id",
  "ordinal",
  "goal_id",
  "name",
  "glyph",
  "outcome_raw",
  "outcome_value",
  "outcome_unit",
  "outcome_men_raw",
  "outcome_men_value",
  "outcome_men_unit",
  "outcome_women_raw",
  "outcome_women_value",
  "outcome_women_unit",
  "previous_outcome_raw",
  "previous_outcome_value",
  "previous_outcome_unit",
  "previous_label",
  "forecast_raw",
  "forecast_value",
  "forecast_unit",
  "annual_target_raw",
  "annual_target_value",
  "annual_target_unit",
  "kf_annual_target_raw",
  "kf_annual_target_value",
  "kf_annual_target_unit",
  "period",
  "analysis",
  "direction",
  "status",
  "status_rule",
  "alignment",
  "source_file",
  "source_line",
  "source_end_line",
] as const;

export const INSERT_INDICATOR = insertSql("indicator", INDICATOR_INSERT_COLUMNS);

/** Values for INSERT_INDICATOR, in INDICATOR_INSERT_COLUMNS order (each Measure as raw, value, unit). */
export function indicatorParams(indicator: Indicator, reportId: number, ordinal: number, goalId: number): RowValues {
  return [
    reportId,
    ordinal,
    goalId,
    indicator.name,
    indicator.glyph,
    ...measureValues(indicator.outcome),
    ...measureValues(indicator.outcomeMen),
    ...measureValues(indicator.outcomeWomen),
    ...measureValues(indicator.previousOutcome),
    indicator.previousLabel,
    ...measureValues(indicator.forecast),
    ...measureValues(indicator.annualTarget),
    ...measureValues(indicator.kfAnnualTarget),
    indicator.period,
    indicator.analysis,
    indicator.direction,
    indicator.status,
    JSON.stringify(indicator.statusRule),
    indicator.alignment,
    indicator.source.file,
    indicator.source.line,
    indicator.source.endLine ?? null,
  ];
}
