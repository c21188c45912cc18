import { deriveStatus, type ReportKind } from "@tertial/domain";
import type { Db } from "../open-database.ts";
import { toMeasure } from "../rows/measure-columns.ts";
import type { Migration } from "./migration.ts";

/**
 * indicator.status_rule replaces indicator.status_reason: the rule behind a status as a StatusRule
 * record (JSON: kind, basis, the values compared, direction, the quoted clause …) instead of Swedish
 * prose that the engine translated back with regular expressions.
 *
 * The prose cannot be read back into a record, so the rows already stored get their rule from the
 * facts they hold: every input of deriveStatus (name, analysis, outcome, forecast, årsmål, period,
 * glyph, alignment and the report's kind) is a column, so this is the rule a load of the same file
 * gives now (a reload would skip the file: it has not changed). Status and direction are written
 * with it, so a row whose status an older tertial decided by an older rule shows the status its rule
 * explains, never a rule that contradicts it.
 */
export const migration008: Migration = {
  version: 8,
  name: "status-rule",
  sql: `
ALTER TABLE indicator ADD COLUMN status_rule TEXT CHECK (json_valid(status_rule));
ALTER TABLE indicator DROP COLUMN status_reason;
`,
  backfill: deriveStoredRules,
};

interface RuleInputRow {
  id: number;
  name: string;
  analysis: string | null;
  glyph: string | null;
  period: string | null;
  alignment: "exact" | "low";
  report_kind: ReportKind;
  outcome_raw: string | null;
  outcome_value: number | null;
  outcome_unit: string | null;
  forecast_raw: string | null;
  forecast_value: number | null;
  forecast_unit: string | null;
  annual_target_raw: string | null;
  annual_target_value: number | null;
  annual_target_unit: string | null;
}

function deriveStoredRules(db: Db): void {
  const rows = db
    .prepare<[], RuleInputRow>(
      `SELECT i.id, i.name, i.analysis, i.glyph, i.period, i.alignment, r.kind AS report_kind,
              i.outcome_raw, i.outcome_value, i.outcome_unit, i.forecast_raw, i.forecast_value, i.forecast_unit,
              i.annual_target_raw, i.annual_target_value, i.annual_target_unit
         FROM indicator i JOIN report r ON r.id = i.report_id`,
    )
    .all();
  const update = db.prepare<[string, string, string, number]>(
    "UPDATE indicator SET status = ?, direction = ?, status_rule = ? WHERE id = ?",
  );
  for (const row of rows) {
    const { status, rule, direction } = deriveStatus({
      name: row.name,
      analysis: row.analysis,
      outcome: toMeasure(row.outcome_raw, row.outcome_value, row.outcome_unit),
      forecast: toMeasure(row.forecast_raw, row.forecast_value, row.forecast_unit),
      annualTarget: toMeasure(row.annual_target_raw, row.annual_target_value, row.annual_target_unit),
      period: row.period,
      reportKind: row.report_kind,
      glyph: row.glyph,
      alignment: row.alignment,
    });
    update.run(status, direction, JSON.stringify(rule), row.id);
  }
}
