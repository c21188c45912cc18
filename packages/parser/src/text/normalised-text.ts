import { isLetterOrDigit } from "@tertial/domain";

/** Text compared loosely: lower case, every run of characters other than letters and digits one space, trimmed. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(NOT_LETTER_OR_DIGIT, " ").trim();
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
/** The only lower-case mapping of toLowerCase that depends on the characters after it (Final_Sigma). */
const CAPITAL_SIGMA = "\u03a3";

/**
 * `normalise(text).slice(0, length)`, computed from the start of the text only: for a long line
 * compared with a short heading it lower-cases and scans a few dozen characters instead of the
 * whole line. Falls back to `normalise` when a capital sigma lies in the part read.
 */
export function normalisedPrefix(text: string, length: number): string {
  let end = Math.min(text.length, 2 * length + 16);
  for (;;) {
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end += 1;
    const part = end < text.length ? text.slice(0, end) : text;
    if (part !== text && part.includes(CAPITAL_SIGMA)) return normalise(text).slice(0, length);
    const prefix = scanNormalised(part.toLowerCase(), length);
    if (prefix.length >= length || part === text) return prefix.slice(0, length);
    end = Math.min(text.length, end * 2);
  }
}

/** The letter-and-digit runs of already lower-cased text joined by single spaces, up to `length` characters. */
function scanNormalised(lower: string, length: number): string {
  let out = "";
  let gap = false;
  for (let index = 0; index < lower.length; index++) {
    const code = lower.charCodeAt(index);
    let char: string;
    let isWordChar: boolean;
    if (code < 128) {
      char = lower[index] ?? "";
      isWordChar = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
    } else {
      const point = lower.codePointAt(index) ?? code;
      char = String.fromCodePoint(point);
      if (point > 0xffff) index += 1;
      isWordChar = isLetterOrDigit(point);
    }
    if (!isWordChar) {
      gap = true;
      continue;
    }
    if (gap && out !== "") out += " ";
    gap = false;
    out += char;
    if (out.length >= length) return out;
  }
  return out;
}

/**
 * The first character of `normalise(text)` when the text starts with an ASCII letter or digit (its
 * lower case: toLowerCase maps the first code point on its own), else null (not known without more work).
 */
export function knownFirstNormalisedChar(text: string): string | null {
  const code = text.charCodeAt(0);
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return text.charAt(0);
  if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
  return null;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
