import type { GoalId } from "@tertial/domain";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type Db,
  InvalidReportError,
  listReports,
  openDatabase,
  readReport,
  saveReport,
  StoreError,
} from "../src/index.ts";
import { makeReport } from "./fixture-report.ts";

let db: Db;
beforeEach(() => {
  db = openDatabase(":memory:");
});
afterEach(() => db.close());

function tableCounts(): Record<string, number> {
  const tables = [
    "organisation",
    "report",
    "goal",
    "indicator",
    "activity",
    "budget_line",
    "budget_request",
    "parse_warning",
    "text_entry",
  ];
  return Object.fromEntries(
    tables.map((t) => [t, db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${t}`).get()?.n ?? -1]),
  );
}

describe("saveReport", () => {
  it("adds a report and reads it back deep-equal, -0, nulls, ♀ and a late parent included", () => {
    const report = makeReport();
    const { outcome, reportId } = saveReport(db, report);
    expect(outcome).toBe("added");
    const back = readReport(db, reportId);
    expect(back).toEqual(report);
    expect(Object.is(back.indicators[0]?.previousOutcome?.value, -0)).toBe(true);
    expect(Object.is(back.budgetLines[2]?.amount, -0)).toBe(true);
    expect(back.goals[3]?.parentId).toBe("g2");
  });

  it("stores each indicator's status rule as a JSON record and reads it back exactly, a compared -0 included", () => {
    const base = makeReport();
    const [first, ...rest] = base.indicators;
    if (first === undefined) throw new Error("the fixture has indicators");
    const minusZero = { raw: "-0,0 %", value: -0, unit: "%" };
    const rule = {
      kind: "numbers",
      basis: "forecast",
      compared: {
        value: minusZero,
        target: { raw: "+/- 1 %", value: 1, unit: "%" },
        relation: "inside",
        reaches: true,
      },
      direction: "band",
      outcomeShortOfTarget: null,
      alignedByRule: false,
    } as const;
    const report = makeReport({ indicators: [{ ...first, forecast: minusZero, statusRule: rule }, ...rest] });
    const { reportId } = saveReport(db, report);
    const back = readReport(db, reportId);
    expect(back.indicators.map((i) => i.statusRule)).toEqual(report.indicators.map((i) => i.statusRule));
    const stored = back.indicators[0]?.statusRule;
    expect(stored?.kind === "numbers" && Object.is(stored.compared.value.value, -0)).toBe(true);
    expect(
      db.prepare<[], { rule: string }>("SELECT status_rule AS rule FROM indicator ORDER BY ordinal LIMIT 1").get()
        ?.rule,
    ).toBe(
      '{"kind":"numbers","basis":"forecast","compared":{"value":{"raw":"-0,0 %","value":0,"unit":"%"},"target":{"raw":"+/- 1 %","value":1,"unit":"%"},"relation":"inside","reaches":true},"direction":"band","outcomeShortOfTarget":null,"alignedByRule":false}',
    );
  });

  it("stores one row per item, with the counts on the report", () => {
    saveReport(db, makeReport());
    expect(tableCounts()).toEqual({
      organisation: 1,
      report: 1,
      goal: 5,
      indicator: 3,
      activity: 3,
      budget_line: 4,
      budget_request: 1,
      parse_warning: 1,
      text_entry: 14,
    });
    expect(listReports(db)[0]?.counts).toEqual({
      goals: 5,
      indicators: 3,
      activities: 3,
      budgetLines: 4,
      budgetRequests: 1,
    });
  });

  it("leaves everything as it was when the same file comes again", () => {
    const first = saveReport(db, makeReport());
    const loadedAt = listReports(db)[0]?.loadedAt;
    expect(saveReport(db, makeReport())).toEqual({ outcome: "unchanged", reportId: first.reportId });
    expect(listReports(db)[0]?.loadedAt).toBe(loadedAt);
    expect(tableCounts()["report"]).toBe(1);
  });

  it("replaces a changed version of the same report under the same id, never duplicating it", () => {
    const first = saveReport(db, makeReport());
    const changed = makeReport({ checksum: "b".repeat(64), indicators: makeReport().indicators.slice(0, 1) });
    const forced = {
      file: changed.sourceFile,
      line: 1,
      message:
        "stored with --replace although it holds less than the stored version (testnamnden-t1-2020.txt): 1 indicators instead of 3, so the file looks cut short",
    };
    expect(saveReport(db, changed, { replace: true })).toEqual({
      outcome: "replaced",
      reportId: first.reportId,
      forced,
    });
    expect(readReport(db, first.reportId)).toEqual({ ...changed, warnings: [...changed.warnings, forced] });
    expect(tableCounts()).toMatchObject({ report: 1, indicator: 1, goal: 5, text_entry: 12 });
  });

  it("replaces by source file when the identity changed (a report re-labelled with flags)", () => {
    saveReport(db, makeReport());
    const relabelled = makeReport({ organisation: "Norrmalms stadsdelsnämnd", identitySource: "flags" });
    expect(saveReport(db, relabelled).outcome).toBe("replaced");
    expect(listReports(db).map((r) => r.organisation)).toEqual(["Norrmalms stadsdelsnämnd"]);
    expect(tableCounts()["organisation"]).toBe(1);
  });

  it("replaces by identity when the same report arrives under another file name", () => {
    saveReport(db, makeReport());
    expect(saveReport(db, makeReport({ sourceFile: "copy.txt" })).outcome).toBe("replaced");
    expect(listReports(db).map((r) => r.sourceFile)).toEqual(["copy.txt"]);
  });

  it("keeps different units, kinds and years apart", () => {
    saveReport(db, makeReport());
    saveReport(db, makeReport({ sourceFile: "b.txt", unit: "Enheten för hemlösa" }));
    saveReport(db, makeReport({ sourceFile: "c.txt", kind: "T2" }));
    saveReport(db, makeReport({ sourceFile: "d.txt", year: 2021 }));
    expect(listReports(db).map((r) => `${r.kind} ${r.year} ${r.unit ?? "-"}`)).toEqual([
      "T1 2020 -",
      "T1 2020 Enheten för hemlösa",
      "T2 2020 -",
      "T1 2021 -",
    ]);
  });

  it("refuses a report whose indicator points at a missing goal and writes nothing", () => {
    saveReport(db, makeReport());
    const before = tableCounts();
    const broken = makeReport({
      sourceFile: "x.txt",
      year: 2019,
      indicators: [{ ...(makeReport().indicators[0] ?? expect.unreachable()), goalId: "nope" as GoalId }],
    });
    expect(() => saveReport(db, broken)).toThrowError(InvalidReportError);
    expect(() => saveReport(db, broken)).toThrowError(/x\.txt: indicator at line 20 refers to goal "nope"/);
    expect(tableCounts()).toEqual(before);
  });

  it("refuses a report that breaks the schema (empty indicator name) and writes nothing", () => {
    const broken = makeReport({ indicators: [{ ...(makeReport().indicators[0] ?? expect.unreachable()), name: "" }] });
    expect(() => saveReport(db, broken)).toThrowError(/does not match the report model \(indicators\.0\.name/);
    expect(tableCounts()["report"]).toBe(0);
  });

  it("rolls back a replacement that fails half-way (disk full), keeping the old version intact", () => {
    const first = saveReport(db, makeReport());
    const before = readReport(db, first.reportId);
    const pages = Number(db.pragma("page_count", { simple: true }));
    db.pragma(`max_page_count = ${pages}`);
    const big = makeReport({
      checksum: "c".repeat(64),
      goals: makeReport().goals.map((g) => ({ ...g, analysis: "lång text ".repeat(5000) })),
    });
    expect(() => saveReport(db, big)).toThrowError(StoreError);
    expect(() => saveReport(db, big)).toThrowError(
      /the disk holding :memory: is full; nothing was written\. Free some space/,
    );
    expect(readReport(db, first.reportId)).toEqual(before);
    expect(tableCounts()["report"]).toBe(1);
  });

  it("is a StoreError for user-fixable problems", () => {
    expect(new InvalidReportError("a", "b")).toBeInstanceOf(StoreError);
  });
});
