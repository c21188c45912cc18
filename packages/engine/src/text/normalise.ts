import { foldText } from "@tertial/store";

/** Questions longer than this are shortened before they are read. */
export const MAX_QUESTION_LENGTH = 500;

/** Lower case, diacritics folded, punctuation as spaces: the key fuzzy matching runs on. */
export function foldKey(text: string): string {
  return foldText(text.normalize("NFKC"))
    .replace(/[^\p{L}\p{N}.-]+/gu, " ")
    .replace(/(?<!\d)\.|\.(?!\d)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Lower case with å ä ö kept, punctuation as spaces: for ranking exact spellings above folded ones. */
export function lowerKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.-]+/gu, " ")
    .replace(/(?<!\d)\.|\.(?!\d)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The words of a key ("mål 1.2.1" → ["mål", "1.2.1"]). */
export function wordsOf(key: string): string[] {
  return key.split(" ").filter((word) => word !== "");
}

export interface CappedQuestion {
  text: string;
  /** True when the question was longer than MAX_QUESTION_LENGTH and was cut at a word boundary. */
  shortened: boolean;
}

/** Trims the question, collapses whitespace and cuts it at MAX_QUESTION_LENGTH (at a space when there is one). */
export function capQuestion(question: string): CappedQuestion {
  const text = question.replace(/\s+/g, " ").trim();
  if (text.length <= MAX_QUESTION_LENGTH) return { text, shortened: false };
  const cut = text.slice(0, MAX_QUESTION_LENGTH);
  const space = cut.lastIndexOf(" ");
  return { text: (space > MAX_QUESTION_LENGTH / 2 ? cut.slice(0, space) : cut).trim(), shortened: true };
}
