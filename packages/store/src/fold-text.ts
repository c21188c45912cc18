const WORD = /[\p{L}\p{N}]+/gu;
/** A word with at least one non-ASCII character: the only words folding can change. */
const NON_ASCII_WORD = /[\p{L}\p{N}]*[^\p{ASCII}][\p{L}\p{N}]*/gu;
const CACHE_LIMIT = 50_000;
const foldCache = new Map<string, string>();

/** Lower-case text without diacritics: "Försenad åtgärd" → "forsenad atgard". */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC").toLowerCase();
}

/**
 * The folded forms of the words that change when folded, space-separated ("försenad åtgärd plan" →
 * "forsenad atgard"). Words without diacritics are already found in the exact column.
 */
export function foldedWords(text: string): string {
  const folded = new Set<string>();
  for (const [word] of text.matchAll(NON_ASCII_WORD)) {
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
