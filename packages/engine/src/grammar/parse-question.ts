import type { Language } from "../answer.ts";
import type { OrganisationResolver } from "../catalogue/resolve-organisation.ts";
import { detectLanguage } from "../text/language.ts";
import { foldKey, lowerKey, wordsOf } from "../text/normalise.ts";
import { STOPWORDS, type KeywordGroup } from "./keywords.ts";
import { editDistance, matchGroup } from "./match-keywords.ts";
import { findPeriods, type PeriodFilter } from "./periods.ts";

/** What the grammar reads from one question before any data is consulted. */
export interface ParsedQuestion {
  language: Language;
  /** The keyword groups that occur. */
  groups: ReadonlySet<KeywordGroup>;
  organisations: string[];
  /** True when an organisation was found only by forgiving a typo. */
  fuzzyOrganisation: boolean;
  periods: PeriodFilter[];
  /** "1.2.1" when the question names a goal by its number. */
  goalCode: string | null;
  /** The words left when keywords, stopwords, periods and organisations are removed (as typed, lower case). */
  subject: string;
  /** True when the question starts like a follow-up ("och …", "what about …"). */
  startsAsFollowUp: boolean;
}

const GROUP_ORDER: readonly KeywordGroup[] = [
  "delay",
  "deviation",
  "risk",
  "indicator",
  "goal",
  "partial",
  "activity",
  "budget",
  "requests",
  "trend",
  "compare",
  "reports",
  "help",
  "lookup",
  "overview",
  "search",
  "why",
  "followUp",
];

/** Long stopwords, which also stop with one typo ("stadsdelsnamd"). */
const LONG_STOPWORDS = [...STOPWORDS].filter((word) => word.length >= 8);

function isStopword(word: string): boolean {
  if (STOPWORDS.has(word)) return true;
  return word.length >= 8 && LONG_STOPWORDS.some((stopword) => editDistance(word, stopword, 1) <= 1);
}

/** Reads intent keywords, periods, organisations, a goal code and the remaining subject from a question. */
export function parseQuestion(
  text: string,
  organisations: OrganisationResolver,
  fallbackLanguage: Language = "sv",
): ParsedQuestion {
  const words = wordsOf(foldKey(text));
  const lowerWords = wordsOf(lowerKey(text));
  const typed = lowerWords.length === words.length ? lowerWords : words;
  const language = detectLanguage(lowerWords, fallbackLanguage);
  const used = new Set<number>();
  const groups = new Set<KeywordGroup>();
  for (const group of GROUP_ORDER) {
    const hits = matchGroup(words, group);
    if (hits.length === 0) continue;
    groups.add(group);
    hits.forEach((i) => used.add(i));
  }
  const periods = findPeriods(words);
  periods.forEach((period) => period.wordIndices.forEach((i) => used.add(i)));
  let goalCode: string | null = null;
  words.forEach((word, i) => {
    const code = /^(\d+(?:\.\d+)+)\.?$/.exec(word) ?? (groups.has("goal") && /^(\d)$/.exec(word));
    if (code && code[1] !== undefined && goalCode === null && !used.has(i)) {
      goalCode = code[1];
      used.add(i);
    }
  });
  const stop = new Set<number>();
  words.forEach((word, i) => {
    if (isStopword(word)) stop.add(i);
  });
  const found = organisations.find(words, new Set([...used, ...[...stop].filter((i) => (words[i] ?? "").length < 5)]));
  found.forEach((match) => match.wordIndices.forEach((i) => used.add(i)));
  const subject = typed.filter((_, i) => !used.has(i) && !stop.has(i) && !/^[?!.,]+$/.test(typed[i] ?? "")).join(" ");
  const first = words.slice(0, 2).join(" ");
  return {
    language,
    groups,
    organisations: found.map((match) => match.organisation),
    fuzzyOrganisation: found.some((match) => match.fuzzy),
    periods: periods.map(({ kind, year }) => ({ kind, year })),
    goalCode,
    subject,
    startsAsFollowUp:
      /^(och|and|men|what about|how about|samma|same|da|an)\b/.test(first) || first.startsWith("what about"),
  };
}
