const BARS = "▁▂▃▄▅▆▇█";

/**
 * A unicode sparkline, one character per value: the smallest value is ▁, the largest █, the rest
 * scaled linearly between; a missing value is a space; all values equal give a flat ▄ line.
 */
export function sparkline(values: readonly (number | null)[]): string {
  const present = values.filter((value): value is number => value !== null && Number.isFinite(value));
  if (present.length === 0) return "";
  const min = Math.min(...present);
  const max = Math.max(...present);
  return values
    .map((value) => {
      if (value === null || !Number.isFinite(value)) return " ";
      if (max === min) return "▄";
      return BARS[Math.round(((value - min) / (max - min)) * (BARS.length - 1))] ?? " ";
    })
    .join("");
}
