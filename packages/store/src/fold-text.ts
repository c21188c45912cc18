const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-case text without diacritics: "Försenad åtgärd" → "forsenad atgard". */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC").toLowerCase();
}

/**
 * The folded forms of the words that change when folded, space-separated ("försenad åtgärd" →
 * "forsenad atgard"; "plan" → ""). Words without diacritics are already found in the exact column.
 */
export function foldedWords(text: string): string {
  const folded = new Set<string>();
  for (const [word] of text.matchAll(WORD)) {
    const plain = foldText(word);
    if (plain !== word.toLowerCase()) folded.add(plain);
  }
  return [...folded].join(" ");
}

/** The words of a search query, lower-cased, at most `max`. */
export function queryWords(query: string, max = 12): string[] {
  return [...query.toLowerCase().matchAll(WORD)].map(([word]) => word).slice(0, max);
}
