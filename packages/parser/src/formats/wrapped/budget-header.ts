const COLUMN_WORDS = [
  "budget",
  "utfall",
  "prognos",
  "avvikelse",
  "förbrukning",
  "bokslut",
  "justering",
  "justerad",
  "differens",
];
const OTHER_WORDS = [
  "verksamhetsområde",
  "riktvärde",
  "netto",
  "mnkr",
  "tkr",
  "intäkter",
  "kostnader",
  "helår",
  "period",
  "resultat",
];
const VOCABULARY = [...COLUMN_WORDS, ...OTHER_WORDS];
const PERIOD_WORDS =
  /^(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|tertial|t[123]|vb|helår|per|tom|t\.o\.m\.?)$/i;
const YEAR = /^(19|20)\d{2}$/;

const lower = (word: string): string => word.toLowerCase().replace(/[.,:;()]/g, "");
const isVocabularyPiece = (word: string): boolean => {
  const text = lower(word);
  return text.length >= 4 && VOCABULARY.some((entry) => entry.startsWith(text));
};
/** A capitalised column word or its first part ("Budget", "Förbru", "Avvikels"): it starts a new column. */
const startsColumn = (word: string): boolean => {
  const text = lower(word);
  return /^\p{Lu}/u.test(word) && text.length >= 4 && COLUMN_WORDS.some((entry) => entry.startsWith(text));
};
const isShortFragment = (word: string): boolean => /^\p{Ll}{1,3}$/u.test(word);
const isPeriodWord = (word: string): boolean => YEAR.test(word) || PERIOD_WORDS.test(word);
const wordsOf = (text: string): string[] =>
  text
    .trim()
    .split(/\s+/)
    .filter((word) => word !== "");

/** "·april·2016··april·2017·": group titles over the columns (years, months, periods only). */
export function isGroupLineB(raw: string): boolean {
  const words = wordsOf(raw);
  return words.length > 0 && words.every(isPeriodWord) && words.some((word) => YEAR.test(word));
}

/** A header line with column words: "Riktvärde 33,3% Budget Utfall Förbru", "Bokslut", " Budget Progn". */
export function isColumnLineB(raw: string): boolean {
  const words = wordsOf(raw);
  if (raw.trim().length > 60 || !words.some(startsColumn)) return false;
  const numbers = words.filter((word) => /\d/.test(word) && !YEAR.test(word));
  return (
    numbers.length <= 1 &&
    words.every((word) => isVocabularyPiece(word) || isPeriodWord(word) || isShortFragment(word) || /\d/.test(word))
  );
}

/** A header line without column words: a year ("2016"), a word end ("kn", "os", "e") or a lower-case vocabulary piece ("avvikels"). */
export function isHeaderContinuationB(raw: string): boolean {
  const words = wordsOf(raw);
  return (
    words.length > 0 &&
    raw.trim().length <= 40 &&
    words.every(
      (word) => isPeriodWord(word) || isShortFragment(word) || (isVocabularyPiece(word) && /^\p{Ll}/u.test(word)),
    )
  );
}

/** A stub title printed right above the column words ("Verksamhetsområde"): short, no digits. */
export function isStubLineB(raw: string): boolean {
  const text = raw.trim();
  return text.length > 0 && text.length <= 40 && !/\d/.test(text) && wordsOf(text).length <= 4 && /^\p{Lu}/u.test(text);
}

/** Joins a word broken at a line end when the result is (the start of) a header word: "Förbru"+"kn", "Avvikels"+"e". */
function shouldJoin(first: string, second: string): boolean {
  const head = lower(first);
  const whole = head + lower(second);
  return !VOCABULARY.includes(head) && VOCABULARY.some((entry) => entry.startsWith(whole));
}

/** The words of the column lines, with words broken over lines joined. */
export function headerWordsB(lines: readonly string[]): string[] {
  const words: string[] = [];
  let isOpen = false;
  for (const raw of lines) {
    const lineWords = wordsOf(raw);
    const [first, ...rest] = lineWords;
    if (first === undefined) continue;
    const last = words.at(-1);
    if (isOpen && last !== undefined && shouldJoin(last, first)) words[words.length - 1] = last + first;
    else words.push(first);
    words.push(...rest);
    isOpen = !/\s$/.test(raw);
  }
  return words;
}

export interface ColumnsB {
  stub: string;
  columns: string[];
  /** Cell layouts to try, in order; null marks an empty spacer cell between column groups. */
  layouts: (string | null)[][];
  problem: string | null;
}

const columnKey = (title: string): string => lower(title).slice(0, 5);

/**
 * Column titles from header words: a capitalised column word starts a column, anything else
 * (years, "avvikelse" after "Justerad") continues it; words before the first column are the stub.
 * With group titles ("april 2016", "april 2017") the columns are split where a column word repeats,
 * each group's title follows its columns ("Budget april 2016"), and a layout with one empty
 * spacer cell between groups is tried first (S17:5296 prints one).
 */
export function columnsB(words: readonly string[], groups: readonly string[], stubLine: string): ColumnsB {
  const stubWords: string[] = [];
  const titles: string[][] = [];
  for (const word of words) {
    if (startsColumn(word)) titles.push([word]);
    else if (titles.length === 0) stubWords.push(word);
    else titles.at(-1)?.push(word);
  }
  const flat = titles.map((parts) => parts.join(" "));
  const stub = [stubLine.trim(), ...stubWords].filter((part) => part !== "").join(" ");
  if (groups.length === 0) return { stub, columns: flat, layouts: [flat], problem: null };
  if (groups.length === 1) {
    const columns = flat.map((title) => `${title} ${groups[0] ?? ""}`.trim());
    return { stub, columns, layouts: [columns], problem: null };
  }
  const segments: string[][] = [[]];
  for (const title of flat) {
    const segment = segments.at(-1) ?? [];
    if (segment.some((seen) => columnKey(seen) === columnKey(title))) segments.push([title]);
    else segment.push(title);
  }
  if (segments.length !== groups.length) {
    return {
      stub,
      columns: flat,
      layouts: [flat],
      problem: `group titles "${groups.join(" | ")}" do not match the columns; groups ignored`,
    };
  }
  const grouped = segments.map((segment, index) => segment.map((title) => `${title} ${groups[index] ?? ""}`.trim()));
  const columns = grouped.flat();
  const spaced = grouped.flatMap((segment, index) => (index === 0 ? segment : [null, ...segment]));
  return { stub, columns, layouts: [spaced, columns], problem: null };
}
