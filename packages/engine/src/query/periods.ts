import type { ReportKind } from "@tertial/domain";

/** A period the question names: a kind, a year, or both ("T1 2020", "2017", "T2"). */
export interface PeriodFilter {
  kind: ReportKind | null;
  year: number | null;
}

export interface PeriodMention extends PeriodFilter {
  /** Indices of the folded words the mention used. */
  wordIndices: number[];
}

const YEAR = /^(19|20)\d{2}$/;
const TERTIAL_WORDS = new Set(["t", "tertial", "tertialrapport", "tertialrapporten", "tertialen", "term", "tertiary"]);
const VB_WORDS = new Set([
  "vb",
  "verksamhetsberattelse",
  "verksamhetsberattelsen",
  "arsredovisning",
  "arsredovisningen",
  "bokslut",
  "bokslutet",
  "annual",
]);

/**
 * Finds period mentions in folded words: "t1 2020", "t1-2020", "t2", "tertial 1 2020", "tertial 2", "vb 2021",
 * "verksamhetsberättelse 2019", "annual report 2019", the year first ("2017 T1", "2019 VB"), and bare
 * years ("2017").
 */
export function findPeriods(words: readonly string[]): PeriodMention[] {
  const mentions: PeriodMention[] = [];
  const used = new Set<number>();
  const yearAt = (i: number): number | null => {
    const word = words[i];
    return word !== undefined && YEAR.test(word) && !used.has(i) ? Number(word) : null;
  };
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? "";
    const glued = /^t([12])(?:-?((?:19|20)\d{2}))?$/.exec(word);
    let kind: ReportKind | null = null;
    const indices = [i];
    let year: number | null = null;
    if (glued) {
      kind = glued[1] === "1" ? "T1" : "T2";
      year = glued[2] === undefined ? null : Number(glued[2]);
    } else if (TERTIAL_WORDS.has(word) && /^[12]$/.test(words[i + 1] ?? "")) {
      kind = words[i + 1] === "1" ? "T1" : "T2";
      indices.push(i + 1);
    } else if (VB_WORDS.has(word)) {
      kind = "VB";
      if (word === "annual" && words[i + 1] === "report") indices.push(i + 1);
      else if (word === "annual") continue;
    } else {
      continue;
    }
    if (year === null) {
      const next = indices[indices.length - 1] ?? i;
      const skip = words[next + 1] === "ar" || words[next + 1] === "for" ? 1 : 0;
      year = yearAt(next + 1 + skip);
      if (year !== null) indices.push(next + 1 + skip);
      if (year !== null && skip === 1) indices.push(next + 1);
    }
    if (year === null) {
      // The year may come first: "the 2017 T1 report", "2019 VB".
      year = yearAt(i - 1);
      if (year !== null) indices.unshift(i - 1);
    }
    indices.forEach((k) => used.add(k));
    mentions.push({ kind, year, wordIndices: indices });
  }
  words.forEach((_, i) => {
    const year = yearAt(i);
    if (year === null) return;
    used.add(i);
    mentions.push({ kind: null, year, wordIndices: [i] });
  });
  return mentions.sort((a, b) => (a.wordIndices[0] ?? 0) - (b.wordIndices[0] ?? 0));
}

/** "T1 2020", "VB 2021", "2017", "T2". */
export function formatPeriodFilter(filter: PeriodFilter): string {
  return [filter.kind, filter.year].filter((part) => part !== null).join(" ");
}

/** Reads back a period filter written by formatPeriodFilter; null for anything else. */
export function parsePeriodFilter(text: string): PeriodFilter | null {
  const match = /^(?:(T1|T2|VB)\s*)?((?:19|20)\d{2})?$/.exec(text.trim());
  if (match === null || (match[1] === undefined && match[2] === undefined)) return null;
  const kind = match[1] === "T1" || match[1] === "T2" || match[1] === "VB" ? match[1] : null;
  return { kind, year: match[2] === undefined ? null : Number(match[2]) };
}

/** True when a report of `kind` and `year` falls under the filter. */
export function periodMatches(filter: PeriodFilter, report: { kind: ReportKind; year: number }): boolean {
  return (filter.kind === null || filter.kind === report.kind) && (filter.year === null || filter.year === report.year);
}
