import { foldText } from "@tertial/store";
import { SUBJECT_SYNONYMS } from "../query/subject-lexicon.ts";
import { stem } from "./stem.ts";

/** Synonym phrases as folded word lists, longest first. */
const PHRASES = SUBJECT_SYNONYMS.map(([from, to]) => ({
  from: foldText(from).split(" "),
  to: foldText(to).split(" "),
})).sort((a, b) => b.from.length - a.from.length);

/**
 * The question's subject words in the reports' vocabulary, as stems: synonyms replaced (phrases
 * first), hyphenated words split as well as kept ("vfu-platser" → "vfu-plats", "vfu", "plats").
 */
export function subjectStems(words: readonly string[]): string[] {
  const folded = words.map((word) => foldText(word));
  const out: string[] = [];
  for (let i = 0; i < folded.length; ) {
    const phrase = PHRASES.find(({ from }) => from.every((part, k) => folded[i + k] === part));
    if (phrase !== undefined) {
      out.push(...phrase.to);
      i += phrase.from.length;
      continue;
    }
    const word = folded[i] ?? "";
    out.push(word);
    if (word.includes("-")) out.push(...word.split("-").filter((part) => part.length >= 3));
    i += 1;
  }
  return [...new Set(out.filter((word) => word.length >= 2).map(stem))];
}

/** The folded words of a name, hyphenated ones also split ("individ- och familjeomsorg"). */
export function nameWords(name: string): string[] {
  const cached = wordCache.get(name);
  if (cached !== undefined) return cached;
  const words = foldText(name).match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
  const result = [...new Set(words.flatMap((word) => (word.includes("-") ? [word, ...word.split("-")] : [word])))];
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(name, result);
  return result;
}

/** Names recur in every report: their words are folded once (bounded; cleared when full). */
const WORD_CACHE_LIMIT = 20_000;
const wordCache = new Map<string, string[]>();

/**
 * Whether a stem occurs in a name's words: as the start of a word, or (six letters or more) inside
 * a compound ("franvaro" in "sjukfranvaro"); a word of the name may also be an inflected form of the
 * stem, at most three letters shorter (not the first part of a compound: "stockholms" is no
 * "stockholmsenkäten").
 */
export function stemIn(stemmed: string, words: readonly string[]): boolean {
  return words.some(
    (word) =>
      word.startsWith(stemmed) ||
      (stemmed.length >= 6 && word.includes(stemmed)) ||
      (word.length >= 5 &&
        stem(word).length >= 5 &&
        stemmed.startsWith(stem(word)) &&
        stemmed.length - stem(word).length <= 3),
  );
}
