import { codePointBefore, codeUnits, isLetterOrDigit } from "@tertial/domain";

const WORD = /[\p{L}\p{N}]+/gu;
const NON_ASCII = /[^\x00-\x7F]/g;
const CACHE_LIMIT = 50_000;
const foldCache = new Map<string, string>();

/** Lower-case text without diacritics: "Försenad åtgärd" → "forsenad atgard". */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC").toLowerCase();
}

/**
 * The folded forms of the words that change when folded, space-separated ("försenad åtgärd plan" →
 * "forsenad atgard"). Words without diacritics are already found in the exact column.
 *
 * The words are exactly the matches of /[\p{L}\p{N}]*[^\p{ASCII}][\p{L}\p{N}]*\/gu: a run of letters
 * and digits holding a non-ASCII character, or followed by one (a dash, a combining mark) and the run
 * after it. That regex backtracks over every ASCII word (quadratic in its length); this scan starts
 * only at non-ASCII characters and reads each run once.
 */
export function foldedWords(text: string): string {
  const folded = new Set<string>();
  for (const word of nonAsciiWords(text)) {
    let plain = foldCache.get(word);
    if (plain === undefined) {
      const lower = word.toLowerCase();
      plain = foldText(word);
      if (plain === lower) plain = "";
      if (foldCache.size >= CACHE_LIMIT) foldCache.clear();
      foldCache.set(word, plain);
    }
    if (plain !== "") folded.add(plain);
  }
  return [...folded].join(" ");
}

/** The words of a search query, lower-cased, at most `max`. */
export function queryWords(query: string, max = 12): string[] {
  return [...query.toLowerCase().matchAll(WORD)].map(([word]) => word).slice(0, max);
}

/** The matches of /[\p{L}\p{N}]*[^\p{ASCII}][\p{L}\p{N}]*\/gu in `text`, in order. */
function nonAsciiWords(text: string): string[] {
  const words: string[] = [];
  const end = text.length;
  let from = 0;
  for (;;) {
    NON_ASCII.lastIndex = from;
    const found = NON_ASCII.exec(text);
    if (found === null) return words;
    // The leftmost match starts at the run of letters and digits just before the first non-ASCII
    // character (no earlier position can match: nothing before it is non-ASCII).
    let start = found.index;
    while (start > from) {
      const before = codePointBefore(text, start, from);
      if (!isLetterOrDigit(before)) break;
      start -= codeUnits(before);
    }
    // Greedy: the whole run, then a non-ASCII character right after it and the run after that.
    let stop = skipWord(text, start, end);
    if (stop < end) {
      const next = text.codePointAt(stop) ?? 0;
      if (next > 0x7f) stop = skipWord(text, stop + codeUnits(next), end);
    }
    words.push(text.slice(start, stop));
    from = stop;
  }
}

/** The index after the run of letters and digits starting at `index`. */
function skipWord(text: string, index: number, end: number): number {
  let at = index;
  while (at < end) {
    const code = text.codePointAt(at) ?? 0;
    if (!isLetterOrDigit(code)) break;
    at += codeUnits(code);
  }
  return at;
}
