/** Items grouped by the report they belong to, each group in the items' order. */
export function byReport<T>(items: readonly T[], reportOf: (item: T) => number | undefined): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const reportId = reportOf(item);
    if (reportId === undefined) continue;
    const group = groups.get(reportId);
    if (group === undefined) groups.set(reportId, [item]);
    else group.push(item);
  }
  return groups;
}
