import { foldText } from "@tertial/store";

const CACHE_LIMIT = 50_000;
const normalised = new Map<string, string>();

/**
 * A name for matching across reports: no case, diacritics, punctuation or extra spaces. Names recur
 * in every report of an organisation, so each distinct name is normalised once (a bounded cache).
 */
export function normaliseName(name: string): string {
  let result = normalised.get(name);
  if (result === undefined) {
    result = foldText(name.normalize("NFKC"))
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
    if (normalised.size >= CACHE_LIMIT) normalised.clear();
    normalised.set(name, result);
  }
  return result;
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
    const group = byKey.get(key);
    if (group === undefined) byKey.set(key, [item]);
    else group.push(item);
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
  const rest = groupByName(previous.filter((item) => !taken.has(item)));
  const left = groupByName(unmatched);
  for (const item of unmatched) {
    const name = normaliseName(item.name);
    const before = rest.get(name) ?? [];
    const [match] = before;
    if (before.length !== 1 || left.get(name)?.length !== 1 || match === undefined) continue;
    pairs.push([match, item]);
  }
  return pairs;
}

function groupByName<T extends { name: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = normaliseName(item.name);
    const group = groups.get(name);
    if (group === undefined) groups.set(name, [item]);
    else group.push(item);
  }
  return groups;
}
