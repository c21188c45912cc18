import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countReports, findIndicators, listReports, openDatabase, readReport, saveReport } from "../src/index.ts";
import { makeReport } from "./fixture-report.ts";
import { makeTempDir } from "./temp-dir.ts";

let dir: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => dir.remove());

describe("two connections", () => {
  it("a reader never sees a half-loaded report and is never locked out while another connection loads", () => {
    const path = dir.file("t.db");
    const writer = openDatabase(path);
    const reader = openDatabase(path, { readonly: true });
    const first = saveReport(writer, makeReport());
    expect(listReports(reader)).toHaveLength(1);

    writer.exec("BEGIN IMMEDIATE");
    saveReport(writer, makeReport({ sourceFile: "b.txt", year: 2021, checksum: "b".repeat(64) }));
    saveReport(writer, makeReport({ checksum: "c".repeat(64), indicators: [] }), { replace: true });
    // Mid-load: the reader still sees exactly the committed state.
    expect(listReports(reader).map((r) => r.year)).toEqual([2020]);
    expect(countReports(reader)).toBe(1);
    expect(findIndicators(reader, {})).toHaveLength(3);
    expect(readReport(reader, first.reportId)).toEqual(makeReport());
    writer.exec("COMMIT");

    expect(listReports(reader).map((r) => r.year)).toEqual([2020, 2021]);
    expect(countReports(reader)).toBe(2);
    expect(findIndicators(reader, { reportIds: [first.reportId] })).toEqual([]);
    reader.close();
    writer.close();
  });

  it("a second writer waits for the first instead of failing (busy_timeout)", () => {
    const path = dir.file("t.db");
    const one = openDatabase(path);
    const two = openDatabase(path);
    saveReport(one, makeReport());
    expect(saveReport(two, makeReport({ sourceFile: "b.txt", year: 2021 })).outcome).toBe("added");
    expect(listReports(one)).toHaveLength(2);
    one.close();
    two.close();
  });
});
