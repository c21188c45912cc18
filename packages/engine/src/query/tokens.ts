import { foldText } from "@tertial/store";

/** One word of the question: as typed (lower case, å ä ö kept) and folded (å ä ö → a a o). */
export interface Token {
  readonly text: string;
  readonly fold: string;
}

/** Words, goal codes ("1.2.1"), dates ("2020-06-30") and hyphenated words ("kf-målet", "1-14"). */
const WORD = /[\p{L}\p{N}]+(?:[.\-:/][\p{L}\p{N}]+)*/gu;

/**
 * The question's words in order. Possessives are dropped ("Norrmalm's" → "norrmalm"), as are
 * quotes and punctuation; a goal code keeps its dots ("1.2." → "1.2").
 */
export function tokenize(question: string): Token[] {
  const text = question
    .normalize("NFKC")
    .replace(/[’`´]/g, "'")
    .replace(/(\p{L})'s\b/gu, "$1")
    .replace(/(\d)\s*[–—]\s*(\d)/g, "$1-$2")
    .replace(/[–—]/g, " – ")
    .toLowerCase();
  return [...text.matchAll(WORD)].map(([word]) => {
    const clean = word.replace(/:s$/, "s");
    return { text: clean, fold: foldText(clean) };
  });
}

/**
 * A term of the lexicon, matched on folded words: "i fas" is a phrase of whole words, "indikator*"
 * a prefix of one word. A term never matches inside a word ("fas" is not in "fastställda").
 */
export interface TermMatch {
  start: number;
  end: number; // exclusive
}

export function matchTerm(tokens: readonly Token[], term: string, from = 0): TermMatch | null {
  const parts = foldText(term).split(" ");
  for (let i = from; i + parts.length <= tokens.length; i += 1) {
    if (parts.every((part, k) => wordMatches(tokens[i + k]?.fold ?? "", part)))
      return { start: i, end: i + parts.length };
  }
  return null;
}

/** Every non-overlapping match of the term, left to right. */
export function matchAll(tokens: readonly Token[], term: string): TermMatch[] {
  const found: TermMatch[] = [];
  for (let at = 0; ; ) {
    const hit = matchTerm(tokens, term, at);
    if (hit === null) return found;
    found.push(hit);
    at = hit.end;
  }
}

function wordMatches(word: string, part: string): boolean {
  if (part.endsWith("*")) return word.startsWith(part.slice(0, -1));
  return word === part;
}
