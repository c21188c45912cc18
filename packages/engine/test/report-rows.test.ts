import { describe, expect, it } from "vitest";
import { ReportRows } from "../src/report-rows.ts";

interface Row {
  reportId: number;
  n: number;
}

/** A store of three rows per report (ids 1–9), recording which reports each read asked for. */
function fakeStore() {
  const reads: number[][] = [];
  const read = (reportIds: readonly number[]): Row[] => {
    reads.push([...reportIds]);
    return [...reportIds].sort((a, b) => a - b).flatMap((reportId) => [1, 2, 3].map((n) => ({ reportId, n })));
  };
  return { reads, read };
}

describe("ReportRows", () => {
  it("gives the reports' rows by report id, each report once, reading only reports it does not hold", () => {
    const store = fakeStore();
    const rows = new ReportRows(store.read, (row: Row) => row.reportId, 3);
    expect(rows.of([2, 1, 2]).map((row) => `${row.reportId}.${row.n}`)).toEqual([
      "1.1",
      "1.2",
      "1.3",
      "2.1",
      "2.2",
      "2.3",
    ]);
    expect(rows.of([3, 2]).map((row) => row.reportId)).toEqual([2, 2, 2, 3, 3, 3]);
    expect(rows.of([])).toEqual([]);
    expect(store.reads).toEqual([[1, 2], [3]]);
  });

  it("keeps a report with no rows, and drops the least recently used report beyond its capacity", () => {
    const store = fakeStore();
    const rows = new ReportRows(
      (ids: readonly number[]) => store.read(ids).filter((row) => row.reportId !== 5),
      (row: Row) => row.reportId,
      2,
    );
    expect(rows.of([5])).toEqual([]);
    rows.of([1]);
    rows.of([5]); // 5 is now the most recently used; reading 2 drops 1
    rows.of([2]);
    rows.of([5, 1]);
    expect(store.reads).toEqual([[5], [1], [2], [1]]);
  });

  it("answers a request for more reports than it keeps", () => {
    const store = fakeStore();
    const rows = new ReportRows(store.read, (row: Row) => row.reportId, 2);
    expect(rows.of([1, 2, 3, 4]).map((row) => row.reportId)).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]);
    rows.of([3, 4]);
    expect(store.reads).toEqual([[1, 2, 3, 4]]);
  });
});
