import { cyrillicRuns } from "./cyrillic-runs.ts";

/**
 * Text-layer noise of the PDF conversions (docs/report-format.md §9): HTML tags, markdown, the Symbol-font
 * bullet U+F0B7, NBSP, and Cyrillic letters that stand in for Latin ones inside Swedish words.
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/**
 * Cyrillic letters the converter printed instead of Latin ones (N21:443 "drogsцен" = "drogscen").
 * Applied only inside words that also contain Latin letters, so Cyrillic text stays Cyrillic.
 */
const CONFUSABLES: Readonly<Record<string, string>> = {
  а: "a",
  в: "b",
  е: "e",
  ё: "ë",
  к: "k",
  м: "m",
  н: "n",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  ц: "c",
  і: "i",
  ј: "j",
  ѕ: "s",
  һ: "h",
  ԁ: "d",
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "O",
  Р: "P",
  С: "C",
  Т: "T",
  Х: "X",
  І: "I",
  Ј: "J",
  Ѕ: "S",
};
const MIXED_SCRIPT_WORD =
  /[\p{L}\p{M}]*(?:\p{Script=Latin}[\p{L}\p{M}]*\p{Script=Cyrillic}|\p{Script=Cyrillic}[\p{L}\p{M}]*\p{Script=Latin})[\p{L}\p{M}]*/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
/**
 * Every character that some step of stripMarkup acts on: whitespace other than the plain space
 * (the members of \s, spelled out), < & # * _ \ • and U+F0B7. A line without them, without two
 * spaces in a row and without "---" only needs trimming. Two small classes (ASCII, the rest) scan
 * faster than one class holding both.
 */
const MARKUP_OR_SPACING_ASCII = /[\t-\r<&#*_\\]/;
const MARKUP_OR_SPACING_OTHER = /[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u2022\uf0b7]/;
const TAG = /<[^>]*>/g;
const ENTITY = /&(amp|lt|gt|quot|apos|nbsp);/g;
const SYMBOL_BULLET = /\uf0b7\s*/g;
/** A markdown table separator or horizontal rule: `---`, `|---|:--|`, `– – ---`. */
const SEPARATOR_LINE = /^[\s\-–|:]*-{3,}[\s\-–|:]*$/;
const HEADING_MARK = /^\s*#{1,6}(?=\s|$)/;
const STRONG_MARK = /\*\*|__/g;
const EMPHASIS = /(^|[\s("'])\*(?=\S)([^*]*?\S)\*(?=$|[\s)"'.,:;!?])/g;
const LIST_BULLET = /^\s*[*•]\s+/;
const ESCAPE = /\\([\\`*_#.\-+!()[\]])/g;
/** Whitespace runs other than a single plain space (replacing those by " " equals collapsing every run). */
const SPACE_RUN = /\s{2,}|[^\S ]/g;
const LEADING_DASH = /^-\s+/;

/** Replaces Cyrillic look-alikes inside mixed Latin/Cyrillic words; unknown Cyrillic letters stay. */
export function mapConfusables(text: string): string {
  if (!CYRILLIC.test(text)) return text;
  let mapped = "";
  let done = 0;
  for (const [start, end] of cyrillicRuns(text)) {
    mapped += text.slice(done, start) + text.slice(start, end).replace(MIXED_SCRIPT_WORD, mapWord);
    done = end;
  }
  return mapped + text.slice(done);
}

function mapWord(word: string): string {
  return [...word].map((char) => CONFUSABLES[char] ?? char).join("");
}

/** True when the text holds a Cyrillic letter (a report without one has no confusables to map). */
export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

/** How scanned text is finished: mapConfusables, or left as it is for a report without Cyrillic letters. */
export type TextMapper = (text: string) => string;

/** The TextMapper for a report: mapConfusables when its text holds Cyrillic letters (the only ones it maps). */
export function confusablesMapper(reportHasCyrillic: boolean): TextMapper {
  return reportHasCyrillic ? mapConfusables : unchanged;
}

function unchanged(text: string): string {
  return text;
}

/** True when the text holds a word that mixes Latin and Cyrillic letters. */
export function hasConfusables(text: string): boolean {
  if (!CYRILLIC.test(text)) return false;
  return cyrillicRuns(text).some(([start, end]) => {
    MIXED_SCRIPT_WORD.lastIndex = 0;
    const found = MIXED_SCRIPT_WORD.test(text.slice(start, end));
    MIXED_SCRIPT_WORD.lastIndex = 0;
    return found;
  });
}

/**
 * One raw line as plain text: HTML tags and entities removed, markdown headings, emphasis and
 * table separators removed, U+F0B7 and "*"/"•" bullets written "- ", NBSP as a space, tabs and
 * space runs collapsed, trimmed. Bullets are kept ("- item") because they carry list structure.
 */
export function stripMarkup(raw: string): string {
  if (
    !MARKUP_OR_SPACING_ASCII.test(raw) &&
    !MARKUP_OR_SPACING_OTHER.test(raw) &&
    !raw.includes("  ") &&
    !raw.includes("---")
  )
    return raw.trim();
  // Each step runs only when the text holds the character its pattern needs. NBSP and the other
  // space-like characters need no step of their own: every pattern below treats them as \s, and
  // the last step turns each whitespace run into one space.
  let text = raw;
  if (text.includes("<")) text = text.replace(TAG, " ");
  if (text.includes("&")) text = text.replace(ENTITY, (_match, name: string) => ENTITIES[name] ?? " ");
  if (text.includes("\uf0b7")) text = text.replace(SYMBOL_BULLET, "- ");
  if (text.includes("---") && SEPARATOR_LINE.test(text)) return "";
  if (text.includes("#")) text = text.replace(HEADING_MARK, "");
  if (text.includes("*") || text.includes("_")) {
    text = text.replace(STRONG_MARK, "");
    if (text.includes("*")) text = text.replace(EMPHASIS, "$1$2");
  }
  if (text.includes("*") || text.includes("•")) text = text.replace(LIST_BULLET, "- ");
  if (text.includes("\\")) text = text.replace(ESCAPE, "$1");
  return text.replace(SPACE_RUN, " ").trim();
}

/** `stripMarkup` without a leading list bullet: the text that label and title rules match. */
export function plainText(raw: string): string {
  return withoutBullet(stripMarkup(raw));
}

/** Stripped text without its leading list bullet ("- item" → "item"). */
export function withoutBullet(stripped: string): string {
  return stripped.startsWith("-") ? stripped.replace(LEADING_DASH, "") : stripped;
}
