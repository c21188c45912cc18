import Fuse from "fuse.js";
import { editDistance } from "../grammar/match-keywords.ts";
import { foldKey, lowerKey, wordsOf } from "../text/normalise.ts";

export interface NameMatch {
  name: string;
  /** 0 = perfect; lower is better. Fuse's score, adjusted for coverage and exact å/ä/ö spelling. */
  score: number;
  /** True when the folded question subject equals the folded name. */
  exact: boolean;
}

interface Entry {
  name: string;
  key: string;
  lower: string;
}

export interface NameIndex {
  readonly size: number;
  /** The best matches for `query`, best first, at most `limit`. */
  search(query: string, limit?: number): NameMatch[];
}

/** Accepted Fuse score; above this a name does not match. */
const THRESHOLD = 0.34;

/**
 * A fuzzy index over distinct names (built once per engine refresh; Fuse is linear in the list, so it
 * only ever holds the catalogue's distinct names, never one row per report). Matching runs on folded
 * keys; each query word is a fuzzy term and all must occur (Fuse extended search). Ranking then
 * prefers names the query covers more of, and names spelled with the query's own å/ä/ö.
 */
export function createNameIndex(names: readonly string[], threshold = THRESHOLD): NameIndex {
  const entries: Entry[] = [...new Set(names)].map((name) => ({ name, key: foldKey(name), lower: lowerKey(name) }));
  const byKey = new Map<string, Entry[]>();
  for (const entry of entries) byKey.set(entry.key, [...(byKey.get(entry.key) ?? []), entry]);
  const fuse = new Fuse(entries, {
    keys: ["key"],
    includeScore: true,
    ignoreLocation: true,
    threshold,
    useExtendedSearch: true,
    minMatchCharLength: 2,
  });
  return {
    size: entries.length,
    search(query, limit = 10) {
      const key = foldKey(query);
      if (key === "") return [];
      const lower = lowerKey(query);
      const queryWords = wordsOf(key);
      const exact = byKey.get(key) ?? [];
      const hits = fuse.search(queryWords.map(escapeTerm).join(" "), { limit: Math.max(limit * 4, 20) });
      const ranked = new Map<string, NameMatch>();
      for (const entry of exact)
        ranked.set(entry.name, { name: entry.name, score: entry.lower === lower ? 0 : 0.001, exact: true });
      for (const hit of hits) {
        if (ranked.has(hit.item.name) || !queryWords.every((word) => occursIn(word, hit.item.key))) continue;
        ranked.set(hit.item.name, {
          name: hit.item.name,
          score: adjust(hit.score ?? 1, hit.item, queryWords, lower),
          exact: false,
        });
      }
      return [...ranked.values()]
        .sort((a, b) => a.score - b.score || a.name.length - b.name.length || a.name.localeCompare(b.name, "sv"))
        .slice(0, limit);
    },
  };
}

function adjust(score: number, entry: Entry, queryWords: readonly string[], lower: string): number {
  const nameWords = wordsOf(entry.key).length;
  const coverage = Math.min(1, queryWords.length / Math.max(1, nameWords));
  const lowerWords = wordsOf(lower);
  const spelledAlike = lowerWords.every((word) => entry.lower.includes(word)) && /[åäö]/.test(lower);
  return score + 0.15 * (1 - coverage) - (spelledAlike ? 0.02 : 0);
}

/** Swedish definite and plural endings a question adds to a name's word ("äldreomsorgen", "prognoserna"). */
const ENDINGS = ["erna", "arna", "orna", "na", "en", "et", "er", "ar", "or", "n", "t", "s"];

/**
 * Whether a query word occurs in a folded name: as printed or without a Swedish ending, anywhere in
 * the name (a part of a compound: "franvaro" in "sjukfranvaro"; a word under five letters only at the
 * start of a word), with one typo allowed in words of six letters or more. Fuse alone also scores
 * scattered letters ("morgon" in "organisationer", "helaret" in "helhet"), which turned filler words
 * into confident answers about unrelated names.
 */
function occursIn(word: string, key: string): boolean {
  const forms = [
    word,
    ...ENDINGS.filter((ending) => word.length - ending.length >= 4 && word.endsWith(ending)).map((ending) =>
      word.slice(0, -ending.length),
    ),
  ];
  return forms.some((form) => {
    // A short word must start a word of the name ("mer" is not in "legitimerade").
    if (form.length < 5) return key.startsWith(form) || key.includes(` ${form}`) || key.includes(`-${form}`);
    if (key.includes(form)) return true;
    return form.length >= 6 && editDistance(form, key, 1, { anywhereIn: true }) <= 1;
  });
}

/** Quotes nothing: Fuse extended-search operators (=, ', !, ^, $) are stripped from a word. */
function escapeTerm(word: string): string {
  return word.replace(/^[=!'^]+|\$$/g, "") || word;
}
