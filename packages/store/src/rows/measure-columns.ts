import type { Measure } from "@tertial/domain";

/** The three columns a Measure is stored in: `<prefix>_raw`, `<prefix>_value`, `<prefix>_unit`. */
export interface MeasureColumns {
  raw: string | null;
  value: number | null;
  unit: string | null;
}

export function toMeasure(raw: string | null, value: number | null, unit: string | null): Measure | null {
  return raw === null ? null : { raw, value: toAmount(value, raw), unit };
}

export function fromMeasure(measure: Measure | null): MeasureColumns {
  return measure === null ? { raw: null, value: null, unit: null } : { raw: measure.raw, value: measure.value, unit: measure.unit };
}

/**
 * SQLite stores -0.0 as 0; the parser reads "-0,0" as -0. The printed minus tells them apart, so a
 * report reads back exactly as it was parsed.
 */
export function toAmount(value: number | null, raw: string): number | null {
  return value === 0 && raw.trimStart().startsWith("-") ? -0 : value;
}
