import { stripMarkup } from "../../text/markup.ts";

/** Cell or paragraph text as plain text (markup.ts), without the space the converter left before punctuation. */
export function cleanText(text: string): string {
  const stripped = stripMarkup(text);
  // stripMarkup leaves single spaces only, so a space before a punctuation mark is all there is to find.
  return SPACE_THEN_PUNCTUATION.test(stripped) ? stripped.replace(SPACE_BEFORE_PUNCTUATION, "$1") : stripped;
}

const SPACE_THEN_PUNCTUATION = / [.,;:!?]/;
const SPACE_BEFORE_PUNCTUATION = /\s+([.,;:!?])(?=\s|$)/g;

/** A glyph that survived the PDF conversion: one "other symbol" character (♀, ◆, ●, ▶, ✓ …). */
const LEADING_GLYPH = /^\s*(?:<span[^>]*>\s*)?(?<glyph>\p{So})\s*(?:<\/span>)?\s*/u;

/** Splits a leading glyph (possibly wrapped in `<span …>`) from a name cell; the name is cleaned. */
export function splitGlyph(cell: string): { glyph: string | null; text: string } {
  const match = LEADING_GLYPH.exec(cell);
  const glyph = match?.groups?.["glyph"];
  if (match === null || glyph === undefined) return { glyph: null, text: cleanText(cell) };
  return { glyph, text: cleanText(cell.slice(match[0].length)) };
}

/** True when the text starts with a lower-case letter (a name fragment continued after a page break). */
export function startsLowerCase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

/** Joins text fragments with one space; empty fragments are skipped; null when nothing is left. */
export function joinFragments(fragments: readonly string[]): string | null {
  const joined = fragments.filter((fragment) => fragment !== "").join(" ");
  return joined === "" ? null : joined;
}
