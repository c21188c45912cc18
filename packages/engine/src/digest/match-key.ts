import { foldText } from "@tertial/store";

/** A name for matching across reports: no case, diacritics, punctuation or extra spaces. */
export function normaliseName(name: string): string {
  return foldText(name.normalize("NFKC"))
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Pairs items of two reports: first by normalised name + goal code; then, among the rest, by the
 * name alone when that name is left exactly once on each side. The second pass is what follows an
 * indicator across a renumbering (the city renumbers its goals with each mandate period, so
 * "Sjukfrånvaro" under 4.2 in 2017 is the same indicator under 3.2 in 2020), while a name that
 * repeats under several goals is never guessed at.
 */
export function matchItems<T extends { name: string; goalCode: string | null }>(
  previous: readonly T[],
  current: readonly T[],
): [T, T][] {
  const pairs: [T, T][] = [];
  const taken = new Set<T>();
  const byKey = new Map<string, T[]>();
  for (const item of previous) {
    const key = `${normaliseName(item.name)}|${item.goalCode ?? ""}`;
    byKey.set(key, [...(byKey.get(key) ?? []), item]);
  }
  const unmatched: T[] = [];
  for (const item of current) {
    const candidates = byKey.get(`${normaliseName(item.name)}|${item.goalCode ?? ""}`) ?? [];
    const match = candidates.find((candidate) => !taken.has(candidate));
    if (match === undefined) {
      unmatched.push(item);
      continue;
    }
    taken.add(match);
    pairs.push([match, item]);
  }
  const rest = previous.filter((item) => !taken.has(item));
  for (const item of unmatched) {
    const name = normaliseName(item.name);
    const before = rest.filter((candidate) => normaliseName(candidate.name) === name);
    const now = unmatched.filter((candidate) => normaliseName(candidate.name) === name);
    const [match] = before;
    if (before.length !== 1 || now.length !== 1 || match === undefined) continue;
    pairs.push([match, item]);
  }
  return pairs;
}
