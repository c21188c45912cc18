import { nameWords, stemIn } from "../text/subject-words.ts";

export interface NameHit<T> {
  item: T;
  /** The share of the subject's weight the name covers (0–1); rare words weigh more. */
  score: number;
  /** How many subject stems the name holds. */
  matched: number;
  /**
   * The share of the weight of the stems some candidate holds that this name holds: words no name
   * has ("betalats", "briefing") do not count against it.
   */
  known: number;
}

/**
 * Ranks candidates by how much of the subject their text holds. Each subject stem weighs by its
 * rarity among the candidates (inverse document frequency), so "sjukfrånvaro" counts for more than
 * "andel"; a stem no candidate holds weighs as much as the rarest, so filler words lower every score
 * alike. Ties go to the shorter text (the more specific name), then to the earlier candidate.
 */
export function rankByWords<T>(
  candidates: readonly T[],
  text: (item: T) => string,
  stems: readonly string[],
): NameHit<T>[] {
  if (stems.length === 0 || candidates.length === 0) return [];
  // Names recur across reports (one indicator name in every committee's report): each distinct text is
  // matched once.
  const texts = candidates.map(text);
  const distinct = [...new Set(texts)];
  const matches = new Map(distinct.map((t) => [t, stems.map((s) => stemIn(s, nameWords(t)))]));
  const has = stems.map((_, k) => texts.map((t) => matches.get(t)?.[k] ?? false));
  const n = candidates.length;
  const weight = has.map((column) => {
    const df = column.filter(Boolean).length;
    return Math.log(1 + n / (1 + df));
  });
  const total = weight.reduce((sum, w) => sum + w, 0);
  const knownTotal = weight.reduce((sum, w, k) => sum + ((has[k] ?? []).some(Boolean) ? w : 0), 0);
  const hits: NameHit<T>[] = [];
  candidates.forEach((item, i) => {
    let covered = 0;
    let matched = 0;
    has.forEach((column, k) => {
      if (column[i]) {
        covered += weight[k] ?? 0;
        matched += 1;
      }
    });
    if (matched > 0) {
      hits.push({
        item,
        score: total === 0 ? 0 : covered / total,
        matched,
        known: knownTotal === 0 ? 0 : covered / knownTotal,
      });
    }
  });
  const length = (hit: NameHit<T>) => text(hit.item).length;
  return hits.sort((a, b) => b.score - a.score || length(a) - length(b));
}

/**
 * Whether a name answers for the subject: it holds half of the subject, or it holds at least half of
 * the words some name has and a quarter of the whole ("Ekonomiskt bistånd … betalats ut till april").
 */
export function nameAnswers(hit: NameHit<unknown> | undefined): boolean {
  if (hit === undefined) return false;
  return hit.score >= 0.5 || (hit.known >= 0.5 && hit.score >= 0.25);
}
