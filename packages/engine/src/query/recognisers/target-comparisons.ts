import type { TargetComparison } from "../query.ts";
import { type Recogniser, take } from "../parse-state.ts";

const FORECAST = /^(prognos\w*|helarsprognos\w*|forecast\w*)$/;
const OUTCOME = /^(utfall\w*|outcome\w*|redan|already)$/;
const BETTER = /^(battre|over|overstiger|ovan|better|above|exceeds?|beats?|hogre|natt|reached)$/;
/** "redan nått årsmålet", "already reached the target": at or past the target, not only past it. */
const REACHED = /^(natt|reached)$/;
const TARGET = /^(arsmal\w*|malet|target\w*|malvarde\w*)$/;

/**
 * "prognos bättre än årsmålet", "forecast better than the target", "utfallet redan över årsmålet",
 * "already reached the target": the three parts in order within eight words.
 */
export const recogniseTargetComparisons: Recogniser = (state) => {
  const words = state.tokens.map((token) => token.fold);
  for (let i = 0; i < words.length; i += 1) {
    const kind: TargetComparison | null = FORECAST.test(words[i] ?? "")
      ? "forecast-beats-target"
      : OUTCOME.test(words[i] ?? "")
        ? "outcome-beats-target"
        : null;
    if (kind === null) continue;
    const better = findAfter(words, i, BETTER, 4);
    if (better === null) continue;
    const target = findAfter(words, better, TARGET, 4);
    if (target === null) continue;
    const reaches = kind === "outcome-beats-target" && REACHED.test(words[better] ?? "");
    state.findings.push({
      signal: { type: "comparison", comparison: reaches ? "outcome-reaches-target" : kind },
      at: i,
    });
    take(state, i, target + 1);
    return;
  }
};

function findAfter(words: readonly string[], from: number, pattern: RegExp, within: number): number | null {
  for (let j = from + 1; j <= Math.min(words.length - 1, from + within); j += 1)
    if (pattern.test(words[j] ?? "")) return j;
  return null;
}
