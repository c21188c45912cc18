import type { AnswerItem, ComputedFigure } from "../answer.ts";

/** A count the engine computed over the listed items (all of `items`, or those of one kind). */
export function countFigure(label: string, items: readonly AnswerItem[], kind?: AnswerItem["kind"]): ComputedFigure {
  const of = items.flatMap((item, i) => (kind === undefined || item.kind === kind ? [i] : []));
  return { label, value: of.length, method: "count", of };
}

/** "3 i fas, 2 risk": how many of `items` fall in each group, in the groups' order, empty groups left out. */
export function tallyText<T>(items: readonly T[], groupOf: (item: T) => string, order: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(groupOf(item), (counts.get(groupOf(item)) ?? 0) + 1);
  const known = order.filter((group) => counts.has(group));
  const rest = [...counts.keys()].filter((group) => !order.includes(group));
  return [...known, ...rest].map((group) => `${counts.get(group)} ${group}`).join(", ");
}
