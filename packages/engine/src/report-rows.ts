/**
 * How many reports' rows of one kind an engine keeps: each committee's latest and previous reports
 * (29 + 29 on the 1,000-report corpus) and one committee's whole series fit. All kinds of 100 reports
 * take about 60 MB of heap on the corpus.
 */
export const REPORT_ROWS_CAPACITY = 100;

/**
 * One kind of row (indicators, goals, …) of each report, read from the store the first time a
 * question needs that report and kept until the engine's next refresh, the least recently used
 * report going first when more than `capacity` are kept. Turning rows into objects is most of what
 * a question costs (about 40 columns per indicator), and most questions cover the same reports
 * (each committee's latest). Rows come back as the store gives them: by report id, then in
 * document order. Callers treat them as read-only.
 */
export class ReportRows<T> {
  private readonly byReport = new Map<number, T[]>();
  private readonly read: (reportIds: readonly number[]) => T[];
  private readonly reportOf: (row: T) => number | undefined;
  private readonly capacity: number;

  /** `read` gives the reports' rows in report id order; `reportOf` says whose a row is. */
  constructor(
    read: (reportIds: readonly number[]) => T[],
    reportOf: (row: T) => number | undefined,
    capacity = REPORT_ROWS_CAPACITY,
  ) {
    this.read = read;
    this.reportOf = reportOf;
    this.capacity = capacity;
  }

  of(reportIds: readonly number[]): T[] {
    const ids = [...new Set(reportIds)].sort((a, b) => a - b);
    const found = new Map<number, T[]>();
    for (const id of ids) {
      const rows = this.byReport.get(id);
      if (rows === undefined) continue;
      // Map keeps insertion order: re-inserting marks the report as the most recently used.
      this.byReport.delete(id);
      this.byReport.set(id, rows);
      found.set(id, rows);
    }
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) {
      for (const id of missing) found.set(id, []);
      for (const row of this.read(missing)) {
        const reportId = this.reportOf(row);
        if (reportId !== undefined) found.get(reportId)?.push(row);
      }
      for (const id of missing) this.byReport.set(id, found.get(id) ?? []);
      while (this.byReport.size > this.capacity) {
        const oldest = this.byReport.keys().next().value;
        if (oldest === undefined) break;
        this.byReport.delete(oldest);
      }
    }
    return ids.flatMap((id) => found.get(id) ?? []);
  }
}
