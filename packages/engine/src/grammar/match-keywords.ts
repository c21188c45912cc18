import { KEYWORDS, type KeywordGroup } from "./keywords.ts";

/**
 * Edit distance with adjacent transpositions (optimal string alignment), capped: max + 1 when it exceeds
 * `max`. With `anywhereIn`, the fewest edits that turn `a` into some substring of `b` (Sellers): "franvaro"
 * is 0 from "sjukfranvaro", "sjkufranvaro" 1.
 */
export function editDistance(a: string, b: string, max: number, { anywhereIn = false } = {}): number {
  if (!anywhereIn && Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => (anywhereIn ? 0 : j));
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  const distance = anywhereIn ? Math.min(...previous) : (previous[b.length] ?? max + 1);
  return distance > max ? max + 1 : distance;
}

/** True when a folded word matches one keyword entry (see KEYWORDS for the entry syntax). */
export function wordMatches(word: string, entry: string): boolean {
  if (entry.endsWith("$")) {
    const whole = entry.slice(0, -1);
    return word === whole || (whole.length >= 6 && editDistance(word, whole, 1) <= 1);
  }
  if (word.startsWith(entry)) return true;
  return entry.length >= 6 && word.length >= entry.length && editDistance(word.slice(0, entry.length), entry, 1) <= 1;
}

/** Indices of the words (in `words`) that one keyword group matches; empty when the group does not occur. */
export function matchGroup(words: readonly string[], group: KeywordGroup): number[] {
  const hits = new Set<number>();
  for (const entry of KEYWORDS[group]) {
    if (entry.includes(" ")) {
      const phrase = entry.split(" ");
      for (let i = 0; i + phrase.length <= words.length; i += 1) {
        if (
          phrase.every((part, k) =>
            wordMatches(words[i + k] ?? "", part.length >= 3 && !part.endsWith("$") ? part : `${part}$`),
          )
        ) {
          phrase.forEach((_, k) => hits.add(i + k));
        }
      }
    } else {
      words.forEach((word, i) => {
        if (wordMatches(word, entry)) hits.add(i);
      });
    }
  }
  return [...hits].sort((a, b) => a - b);
}
