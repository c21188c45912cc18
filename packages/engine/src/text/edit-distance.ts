/**
 * Edit distance with adjacent transpositions (optimal string alignment), capped: max + 1 when it exceeds
 * `max`. With `anywhereIn`, the fewest edits that turn `a` into some substring of `b` (Sellers): "franvaro"
 * is 0 from "sjukfranvaro", "sjkufranvaro" 1.
 */
export function editDistance(a: string, b: string, max: number, { anywhereIn = false } = {}): number {
  if (!anywhereIn && Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => (anywhereIn ? 0 : j));
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  const distance = anywhereIn ? Math.min(...previous) : (previous[b.length] ?? max + 1);
  return distance > max ? max + 1 : distance;
}
