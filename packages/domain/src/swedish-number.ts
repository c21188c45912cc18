import type { Measure } from "./measure.ts";

/** Thin spaces, NBSP and the like become a plain space; U+2212 MINUS SIGN and en dash become "-". */
export function normaliseCell(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f\u2009]/g, " ")
    .replace(/[\u2212\u2013]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

const NUMBER = String.raw`[-+]?\s?(?:\d{1,3}(?: \d{3})+(?:[,.]\d+)?|\d+(?:[,.]\d*)?|[,.]\d+)`;
const NUMBER_ONLY = new RegExp(`^${NUMBER}$`);
const MEASURE = new RegExp(`^(?:(?<max>max|högst|minst)\\s+)?(?<num>${NUMBER})\\s*\\*?\\s*(?<unit>.*?)\\s*\\*?$`, "i");
const BAND = new RegExp(`^\\+\\s?/\\s?-\\s?(?<num>${NUMBER})\\s*(?<unit>%?)$`);

/**
 * Parses a Swedish number: comma decimals, space/NBSP thousands, U+2212 minus, optional "+".
 * Returns null when the text is not a number.
 */
export function parseSwedishNumber(text: string): number | null {
  const cell = normaliseCell(text).replace(/\*+$/, "");
  if (!NUMBER_ONLY.test(cell)) return null;
  const value = Number(cell.replace(/\s/g, "").replace(",", "."));
  return Number.isFinite(value) ? value : null;
}

/**
 * Reads one printed cell into `{ raw, value, unit }`. Numbers with a unit ("9 000 st", "0,3 %",
 * "13,7 barn/avd.") keep the unit; "Max 10 personer" is the number 10 (a ceiling); a band
 * "+/- 1 %" is the number 1; text ("Tas fram av nämnd", "öka") has value null. Empty → null.
 */
export function parseMeasure(text: string | null | undefined): Measure | null {
  if (text === null || text === undefined) return null;
  const raw = normaliseCell(text);
  if (raw === "") return null;
  const band = BAND.exec(raw);
  if (band?.groups)
    return { raw, value: parseSwedishNumber(band.groups["num"] ?? ""), unit: band.groups["unit"] || null };
  const match = MEASURE.exec(raw);
  const num = match?.groups?.["num"];
  if (match?.groups && num !== undefined) {
    const value = parseSwedishNumber(num);
    const unit = (match.groups["unit"] ?? "").replace(/\s+(?=[₀-₉])/g, "");
    if (value !== null && isPlausibleUnit(unit)) return { raw, value, unit: unit === "" ? null : unit };
  }
  return { raw, value: null, unit: null };
}

/** A unit is short text after the number ("%", "st", "kg CO₂ per kg livsmedel"), not a sentence with digits. */
function isPlausibleUnit(unit: string): boolean {
  return unit.length <= 40 && !/\d{2,}/.test(unit.replace(/[₀-₉]/g, ""));
}

/** True for a band target such as "+/- 1 %". */
export function isBand(measure: Measure | null): boolean {
  return measure !== null && BAND.test(measure.raw);
}

/** True for a ceiling target such as "Max 10 personer". */
export function isCeiling(measure: Measure | null): boolean {
  return measure !== null && /^(max|högst)\s/i.test(measure.raw);
}

/** Formats a number the Swedish way: "1 242,6", "-3,5". */
export function formatSwedishNumber(value: number): string {
  const [whole = "0", fraction] = Math.abs(value).toString().split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${value < 0 ? "-" : ""}${grouped}${fraction === undefined ? "" : `,${fraction}`}`;
}
