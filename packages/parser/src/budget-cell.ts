import { normaliseCell, parseSwedishNumber } from "@tertial/domain";

/** An economy-table cell or label without HTML tags, markdown emphasis and heading marks; spaces collapsed. */
export function cleanBudgetText(raw: string): string {
  const text = normaliseCell(raw.replace(/<[^>]*>/g, " ").replace(/&nbsp;/g, " ").replace(/&amp;/g, "&"));
  return normaliseCell(text.replace(/^#+\s*/, "").replace(/^\*+|\*+$/g, ""));
}

/** Cell text as printed: tags and bold markers removed, but a footnote star ("-7,6*") kept. */
export function printedCell(raw: string): string {
  return normaliseCell(raw.replace(/<[^>]*>/g, " ").replace(/\*\*/g, ""));
}

/** How a label was emphasised in the text layer: bold area names and italic sub-groups matter (§5). */
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
 * Reads one printed cell as an amount (report-format §3.4): comma or point decimals, space
 * thousands, footnote stars, a trailing "%". Text cells ("ja", "") give null.
 */
export function readAmountCell(printed: string): AmountCell | null {
  const raw = normaliseCell(printed);
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
