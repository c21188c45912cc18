import type { Measure } from "@tertial/domain";

export function toMeasure(raw: string | null, value: number | null, unit: string | null): Measure | null {
  return raw === null ? null : { raw, value: toAmount(value, raw), unit };
}

/** The three columns a Measure is stored in, `<prefix>_raw`, `<prefix>_value`, `<prefix>_unit`, in that order. */
export function measureValues(measure: Measure | null): [string | null, number | null, string | null] {
  return measure === null ? [null, null, null] : [measure.raw, measure.value, measure.unit];
}

/**
 * SQLite stores -0.0 as 0; the parser reads "-0,0" as -0. The printed minus tells them apart, so a
 * report reads back exactly as it was parsed.
 */
export function toAmount(value: number | null, raw: string): number | null {
  return value === 0 && raw.trimStart().startsWith("-") ? -0 : value;
}
