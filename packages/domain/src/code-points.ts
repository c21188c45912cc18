/**
 * Character tests shared by the parser (word boundaries, normalised text) and the store (diacritic
 * folding), written for hot loops over report text: code points, not regex matches per character.
 */

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const CACHE_LIMIT = 50_000;
const letterOrDigitAbove127 = new Map<number, boolean>();

/** True for a letter or digit (Unicode L or N), as /[\p{L}\p{N}]/u decides; false for -1 (no character). */
export function isLetterOrDigit(point: number): boolean {
  if (point < 0x80)
    return (point >= 0x30 && point <= 0x39) || (point >= 0x41 && point <= 0x5a) || (point >= 0x61 && point <= 0x7a);
  let known = letterOrDigitAbove127.get(point);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCodePoint(point));
    if (letterOrDigitAbove127.size >= CACHE_LIMIT) letterOrDigitAbove127.clear();
    letterOrDigitAbove127.set(point, known);
  }
  return known;
}

/**
 * The code point that ends right before `index`, not reaching back before `floor` (a surrogate pair
 * cut by `floor` gives its low half); -1 when `index` is at `floor`.
 */
export function codePointBefore(text: string, index: number, floor = 0): number {
  if (index <= floor) return -1;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index - 2 >= floor) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(index - 2) ?? low;
  }
  return low;
}

/** UTF-16 code units a code point takes: 2 above U+FFFF, else 1. */
export function codeUnits(point: number): 1 | 2 {
  return point > 0xffff ? 2 : 1;
}
