import { normaliseCell, parseSwedishNumber } from "@tertial/domain";

/** What normaliseCell changes: space-like or dash-like characters, other whitespace than single spaces, spaces at the ends. */
const NOT_NORMALISED = /[\u00a0\u2007\u202f\u2009\u2212\u2013]|\s\s|[^\S ]|^\s|\s$/;

/** normaliseCell, skipped for text it would leave as it is (most cells and lines). */
function normalised(text: string): string {
  return NOT_NORMALISED.test(text) ? normaliseCell(text) : text;
}

const TAG = /<[^>]*>/g;
const NBSP_ENTITY = /&nbsp;/g;
const AMP_ENTITY = /&amp;/g;
const HEADING_MARK = /^#+\s*/;
const END_STARS = /^\*+|\*+$/g;
const BOLD_MARK = /\*\*/g;

/** An economy-table cell or label without HTML tags, markdown emphasis and heading marks; spaces collapsed. */
export function cleanBudgetText(raw: string): string {
  let text = raw.includes("<") ? raw.replace(TAG, " ") : raw;
  if (text.includes("&")) text = text.replace(NBSP_ENTITY, " ").replace(AMP_ENTITY, "&");
  text = normalised(text);
  // normaliseCell is idempotent, so a second pass matters only when marks were removed.
  let stripped = text.startsWith("#") ? text.replace(HEADING_MARK, "") : text;
  if (stripped.startsWith("*") || stripped.endsWith("*")) stripped = stripped.replace(END_STARS, "");
  return stripped === text ? text : normaliseCell(stripped);
}

/** Cell text as printed: tags and bold markers removed, but a footnote star ("-7,6*") kept. */
export function printedCell(raw: string): string {
  let text = raw.includes("<") ? raw.replace(TAG, " ") : raw;
  if (text.includes("**")) text = text.replace(BOLD_MARK, "");
  return normalised(text);
}

/** How a label was emphasised in the text layer: bold area names and italic sub-groups matter (docs/report-format.md §8.3). */
export type LabelStyle = "bold" | "italic" | "plain";

export function labelStyle(raw: string): LabelStyle {
  const text = raw.trim();
  if (/^(<b>|\*\*)/i.test(text)) return "bold";
  if (/^(<i>|\*(?!\*))/i.test(text)) return "italic";
  return "plain";
}

export interface AmountCell {
  /** The cell as printed, e.g. "1 242,6", "-7,6*", "25,4%". */
  raw: string;
  /** Null when the printed number is cut short ("142,"). */
  amount: number | null;
  isPercent: boolean;
  isTruncated: boolean;
}

const PERCENT = /\s?%$/;
const TRUNCATED = /\d[,.]$/;

/**
 * Reads one printed cell as an amount (docs/report-format.md §5.4): comma or point decimals, space
 * thousands, footnote stars, a trailing "%". Text cells ("ja", "") give null.
 */
export function readAmountCell(printed: string): AmountCell | null {
  const raw = normalised(printed);
  if (raw === "" || !/\d/.test(raw)) return null;
  const isPercent = PERCENT.test(raw.replace(/\*+$/, ""));
  const number = raw.replace(/\*+$/, "").replace(PERCENT, "").trim();
  const value = parseSwedishNumber(number);
  if (value === null) return null;
  const isTruncated = TRUNCATED.test(number);
  return { raw, amount: isTruncated ? null : value, isPercent, isTruncated };
}

/** A year used as a column title ("2019", "2020"), never an amount in a header row. */
export function isYear(text: string): boolean {
  return /^(19|20)\d{2}$/.test(text.trim());
}

/** True when the printed text shows decimals ("1 242,6", "15.2"); whole numbers give false. */
export function hasDecimals(raw: string): boolean {
  return /\d[,.]\d/.test(raw);
}
