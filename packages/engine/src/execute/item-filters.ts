import { type CueVerdict, findStatusCue, type Measure, type Status } from "@tertial/domain";
import { foldText, type IndicatorRecord } from "@tertial/store";
import { NOT_REPORTED_CUES } from "../query/lexicon.ts";
import type { Filters, TargetComparison } from "../query/query.ts";
import { nameWords, stemIn } from "../text/subject-words.ts";

/** A goal code and its descendants: "3.2" holds "3.2" and "3.2.1", not "3.20". */
export function underCode(code: string | null, filterCode: string | null): boolean {
  if (filterCode === null) return true;
  return code !== null && (code === filterCode || code.startsWith(`${filterCode}.`));
}

/** Whether an indicator passes the status, comparison, outcome and reporting filters. */
export function indicatorPasses(row: IndicatorRecord, filters: Filters): boolean {
  const status = filters.fromAnalysis ? statusFromAnalysis(row) : row.status;
  if (filters.fromAnalysis && status === null) return false;
  if (filters.statuses.length > 0 && status !== null && !filters.statuses.includes(status) && !filters.notReported)
    return false;
  if (!underCode(row.goal.code, filters.goalCode)) return false;
  if (filters.noOutcome && row.outcome?.value !== null && row.outcome?.value !== undefined) return false;
  if (filters.notReported && !saysNotReported(row.analysis)) return false;
  if (filters.comparison !== null && !beatsTarget(row, filters.comparison)) return false;
  return true;
}

/** The status an indicator's own analysis states (a cue phrase), null when it states none. */
function statusFromAnalysis(row: IndicatorRecord): Status | null {
  const cue = findStatusCue(row.analysis);
  if (cue === null) return null;
  return CUE_STATUS[cue.verdict];
}

const CUE_STATUS: Readonly<Record<CueVerdict, Status>> = {
  negative: "off-track",
  partial: "at-risk",
  uncertain: "at-risk",
  positive: "on-track",
};

/** Compares a forecast or outcome with the annual target in the indicator's direction. */
function beatsTarget(row: IndicatorRecord, comparison: TargetComparison): boolean {
  const value = comparison === "forecast-beats-target" ? row.forecast : row.outcome;
  const target = row.annualTarget;
  if (!isNumber(value) || !isNumber(target) || row.direction === "band") return false;
  const a = value.value;
  const b = target.value;
  if (comparison === "outcome-reaches-target") return row.direction === "higher" ? a >= b : a <= b;
  return row.direction === "higher" ? a > b : a < b;
}

function isNumber(measure: Measure | null): measure is Measure & { value: number } {
  return measure !== null && measure.value !== null;
}

function saysNotReported(analysis: string | null): boolean {
  if (analysis === null) return false;
  const words = foldText(analysis).match(/[\p{L}\p{N}]+/gu) ?? [];
  return NOT_REPORTED_CUES.some((cue) => containsInOrder(words, cue, 3));
}

/** The cue's words in order, each starting a word, with at most `gap` other words between two of them. */
function containsInOrder(words: readonly string[], cue: readonly string[], gap: number): boolean {
  for (let i = 0; i < words.length; i += 1) {
    if (!(words[i] ?? "").startsWith(cue[0] ?? "")) continue;
    let at = i;
    let ok = true;
    for (const part of cue.slice(1)) {
      let found = -1;
      for (let j = at + 1; j <= Math.min(words.length - 1, at + 1 + gap); j += 1) {
        if ((words[j] ?? "").startsWith(part)) {
          found = j;
          break;
        }
      }
      if (found < 0) {
        ok = false;
        break;
      }
      at = found;
    }
    if (ok) return true;
  }
  return false;
}

/**
 * Narrows a list to the items holding the most of the subject's stems in their text; when no item
 * holds any, the words were not about the items (filler) and the list is returned as it was.
 */
export function narrowByWords<T>(
  items: readonly T[],
  text: (item: T) => string,
  stems: readonly string[],
  name?: (item: T) => string,
): { items: T[]; narrowed: boolean } {
  if (stems.length === 0 || items.length === 0) return { items: [...items], narrowed: false };
  // Items whose names hold every word come first ("Bostad först" in the title, not only in the analysis).
  if (name !== undefined) {
    const named = items.filter((item) => {
      const words = nameWords(name(item));
      return stems.every((s) => stemIn(s, words));
    });
    // Of those, the names holding the words as one phrase, in the question's order ("Bostad först").
    const phrased = named.filter((item) => holdsPhrase(name(item), stems));
    if (phrased.length > 0) return { items: phrased, narrowed: true };
    if (named.length > 0) return { items: named, narrowed: true };
  }
  const counts = items.map((item) => {
    const words = nameWords(text(item));
    return stems.filter((s) => stemIn(s, words)).length;
  });
  const best = Math.max(...counts);
  if (best === 0) return { items: [...items], narrowed: false };
  return { items: items.filter((_, i) => counts[i] === best), narrowed: true };
}

/** True when two or more stems begin consecutive words of the name, in order. */
function holdsPhrase(name: string, stems: readonly string[]): boolean {
  if (stems.length < 2) return false;
  const words = foldText(name).match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.some((_, j) => stems.every((s, k) => (words[j + k] ?? "").startsWith(s)));
}

/**
 * Narrows a list question's rows to the goal its words name by title (when one does), or else to the
 * rows holding the most of its words; a count, or a goal code, keeps them all.
 */
export function narrowList<T extends { reportId: number; goal: { code: string | null; title: string } }>(
  rows: readonly T[],
  underGoal: { reportId: number; code: string | null; title: string } | null,
  keepAll: boolean,
  words: { text: (row: T) => string; name: (row: T) => string; stems: readonly string[] },
): T[] {
  if (underGoal !== null)
    return rows.filter((row) => row.reportId === underGoal.reportId && isUnderGoal(row.goal, underGoal));
  if (keepAll) return [...rows];
  return narrowByWords(rows, words.text, words.stems, words.name).items;
}

/** A row's goal is the goal or (numbered goals) one of its sub-goals. */
export function isUnderGoal(
  goal: { code: string | null; title: string },
  target: { code: string | null; title: string },
): boolean {
  return target.code === null ? goal.title === target.title : underCode(goal.code, target.code);
}
