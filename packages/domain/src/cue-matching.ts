/**
 * Word-sequence matching for the status cues: a cue is a list of word groups, each with its
 * alternatives ("kommer att uppnås" is one alternative of three words). Between two groups up to
 * MAX_INSERTED_WORDS other words may stand, but never a negation, and a match never crosses a
 * sentence end. Words are compared whole and case-insensitively.
 */
export type WordSequence = readonly (readonly string[])[];

export const MAX_INSERTED_WORDS = 4;
/** Words that may not stand between a cue's parts: "målet (inte) uppnås" is another cue. */
export const NEGATIONS: ReadonlySet<string> = new Set(["inte", "ej", "icke", "aldrig"]);

interface Token {
  word: string;
  start: number;
  end: number;
}

export interface Sentence {
  /** Offsets into the text; `end` excludes the closing punctuation. */
  start: number;
  end: number;
  tokens: readonly Token[];
}

export interface SequenceMatch {
  start: number;
  end: number;
}

/** A sentence ends at . ! ? before a space and a word that does not start in lower case ("t.ex. att" does not end one), or at a blank line. */
const SENTENCE_END = /[.!?]+(?=\s+[^\s\p{Ll}]|\s*$)|\n\s*\n/gu;
const WORD = /[\p{L}\p{N}]+(?:[-–,.:/][\p{L}\p{N}]+)*|%/gu;
/** A clause starts after a comma, semicolon or colon followed by a space, or a dash between spaces. */
const CLAUSE_BREAK = /[,;:](?=\s)|\s[–—-](?=\s)/g;
/** A quote longer than this ends at the first clause break after the cue instead of the sentence end. */
const LONG_QUOTE = 200;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const end of text.matchAll(SENTENCE_END)) {
    sentences.push(sentenceOf(text, start, end.index));
    start = end.index + end[0].length;
  }
  if (start < text.length) sentences.push(sentenceOf(text, start, text.length));
  return sentences.filter((sentence) => sentence.tokens.length > 0);
}

function sentenceOf(text: string, start: number, end: number): Sentence {
  const tokens: Token[] = [];
  for (const word of text.slice(start, end).matchAll(WORD)) {
    tokens.push({ word: word[0].toLowerCase(), start: start + word.index, end: start + word.index + word[0].length });
  }
  return { start, end, tokens };
}

/** The first (leftmost) place in the sentence where the parts follow each other; null when none. */
export function matchWordSequence(sentence: Sentence, parts: WordSequence): SequenceMatch | null {
  const alternatives = parts.map((part) => part.map((alternative) => alternative.toLowerCase().split(" ")));
  const { tokens } = sentence;
  for (let first = 0; first < tokens.length; first++) {
    const last = matchFrom(tokens, alternatives, 0, first);
    if (last !== null) return { start: tokens[first]?.start ?? 0, end: tokens[last]?.end ?? 0 };
  }
  return null;
}

/** Matches parts[partIndex…] with the first one at `at`; returns the index of the last token matched. */
function matchFrom(
  tokens: readonly Token[],
  parts: readonly (readonly string[][])[],
  partIndex: number,
  at: number,
): number | null {
  for (const words of parts[partIndex] ?? []) {
    if (!words.every((word, offset) => tokens[at + offset]?.word === word)) continue;
    const next = at + words.length;
    if (partIndex === parts.length - 1) return next - 1;
    for (let gap = 0; gap <= MAX_INSERTED_WORDS && next + gap < tokens.length; gap++) {
      if (gap > 0 && NEGATIONS.has(tokens[next + gap - 1]?.word ?? "")) break;
      const last = matchFrom(tokens, parts, partIndex + 1, next + gap);
      if (last !== null) return last;
    }
  }
  return null;
}

/**
 * The clause around a match, as printed with its spaces collapsed: from the last clause break before
 * it (or the sentence start) to the sentence end, so that trailing qualifiers ("… uppnås helt",
 * "…, trots stora omställningar") are kept. A clause of more than LONG_QUOTE characters ends at the
 * first clause break after the match.
 */
export function quoteClause(text: string, sentence: Sentence, match: SequenceMatch): string {
  const inside = text.slice(sentence.start, sentence.end);
  let start = 0;
  let end = inside.length;
  for (const brk of inside.matchAll(CLAUSE_BREAK)) {
    const at = brk.index + sentence.start;
    if (at < match.start) start = brk.index + brk[0].length;
    else if (at >= match.end && end - start > LONG_QUOTE) {
      end = brk.index;
      break;
    }
  }
  return inside.slice(start, end).replace(/\s+/g, " ").trim();
}
