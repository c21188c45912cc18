import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Db,
  findActivities,
  findBudgetLines,
  findBudgetRequests,
  findGoals,
  findIndicators,
  listReports,
  openDatabase,
  readCatalogue,
  reportsWithName,
  saveReport,
  searchText,
} from "../src/index.ts";
import { makeReport } from "./fixture-report.ts";

let db: Db;
let s20 = 0;
let n21 = 0;
let s19 = 0;
beforeAll(() => {
  db = openDatabase(":memory:");
  n21 = saveReport(
    db,
    makeReport({
      organisation: "Norrmalms stadsdelsnämnd",
      kind: "T2",
      year: 2021,
      sourceFile: "n.txt",
      checksum: "1".repeat(64),
    }),
  ).reportId;
  s20 = saveReport(db, makeReport()).reportId;
  s19 = saveReport(
    db,
    makeReport({
      organisation: "Socialnämnden",
      unit: "Enheten för hemlösa",
      year: 2019,
      sourceFile: "s.txt",
      checksum: "2".repeat(64),
    }),
  ).reportId;
});
afterAll(() => db.close());

describe("listReports", () => {
  it("orders by year, kind, organisation", () => {
    expect(listReports(db).map((r) => [r.id, r.organisation, r.unit, `${r.kind} ${r.year}`])).toEqual([
      [s19, "Socialnämnden", "Enheten för hemlösa", "T1 2019"],
      [s20, "Testnämnden", null, "T1 2020"],
      [n21, "Norrmalms stadsdelsnämnd", null, "T2 2021"],
    ]);
  });
});

describe("readCatalogue", () => {
  it("lists each distinct name once, sorted", () => {
    const catalogue = readCatalogue(db);
    expect(catalogue.organisations).toEqual(["Norrmalms stadsdelsnämnd", "Socialnämnden", "Testnämnden"]);
    expect(catalogue.units).toEqual(["Enheten för hemlösa"]);
    expect(catalogue.indicatorNames).toEqual([
      "Andel vuxna med ekonomiskt bistånd",
      "Klimatpåverkan från livsmedel",
      "Sjukfrånvaro",
    ]);
    expect(catalogue.goalTitles).toHaveLength(5);
    expect(catalogue.activityTitles).toEqual([
      "Införa digital ansökan",
      "Kommunstyrelsen ska utreda åtgärder",
      "Öppna ett nytt kontor",
    ]);
    expect(catalogue.budgetRows).toEqual(["Barn och ungdom", "Nämnden totalt", "Övrig verksamhet"]);
  });
});

describe("findIndicators", () => {
  it("filters by report, status, name and goal code together", () => {
    expect(findIndicators(db, {}).length).toBe(9);
    expect(
      findIndicators(db, { reportIds: [s20], statuses: ["off-track"] }).map((i) => [i.reportId, i.name, i.goal]),
    ).toEqual([[s20, "Sjukfrånvaro", { code: "1.1", title: "Stockholmare är självförsörjande", level: "area" }]]);
    expect(findIndicators(db, { names: ["Sjukfrånvaro"] }).map((i) => i.reportId)).toEqual(
      [s20, n21, s19].sort((a, b) => a - b),
    );
    expect(findIndicators(db, { goalCodes: ["1.1.1"], reportIds: [n21] }).map((i) => i.name)).toEqual([
      "Andel vuxna med ekonomiskt bistånd",
    ]);
  });

  it("returns nothing for an empty list filter", () => {
    expect(findIndicators(db, { reportIds: [] })).toEqual([]);
  });

  it("returns the indicator exactly as saved, plus id and goal", () => {
    const [record] = findIndicators(db, { reportIds: [s20], names: ["Klimatpåverkan från livsmedel"] });
    const { id, reportId, goal, ...indicator } = record ?? expect.unreachable();
    expect(indicator).toEqual(makeReport().indicators[2]);
    expect([typeof id, reportId, goal.code]).toEqual(["number", s20, null]);
  });
});

describe("reportsWithName", () => {
  it("lists the reports that hold an exact indicator name, goal title or budget row, in id order", () => {
    const ids = (...list: number[]) => list.sort((a, b) => a - b);
    expect(reportsWithName(db, "indicator", "Sjukfrånvaro")).toEqual(ids(s19, s20, n21));
    expect(reportsWithName(db, "indicator", "sjukfrånvaro")).toEqual([]);
    expect(reportsWithName(db, "goal", "Ett klimatsmart Stockholm")).toEqual(ids(s19, s20, n21));
    expect(reportsWithName(db, "budget", "Barn och ungdom")).toEqual([
      ...new Set(findBudgetLines(db, { rowLabels: ["Barn och ungdom"] }).map((b) => b.reportId)),
    ]);
    expect(reportsWithName(db, "budget", "Okänd rad")).toEqual([]);
  });
});

describe("findGoals", () => {
  it("filters by assessment and code, with the parent for display", () => {
    expect(findGoals(db, { reportIds: [s20], assessments: ["delvis"] }).map((g) => [g.code, g.parent])).toEqual([
      ["1.1.1", { code: "1.1", title: "Stockholmare är självförsörjande", level: "area" }],
    ]);
    expect(findGoals(db, { codes: ["1"], reportIds: [n21] }).map((g) => [g.title, g.parent, g.reportId])).toEqual([
      ["En modern storstad", null, n21],
    ]);
    expect(findGoals(db, { titles: ["Ett klimatsmart Stockholm"] })).toHaveLength(3);
  });
});

describe("findActivities", () => {
  it("keeps only deviating or delayed activities when asked", () => {
    expect(findActivities(db, { reportIds: [s20], deviatingOnly: true }).map((a) => a.title)).toEqual([
      "Införa digital ansökan",
      "Öppna ett nytt kontor",
    ]);
    expect(findActivities(db, { reportIds: [s20] })).toHaveLength(3);
    expect(
      findActivities(db, { goalCodes: ["1.1"], titles: ["Kommunstyrelsen ska utreda åtgärder"] }).map(
        (a) => a.goal.code,
      ),
    ).toEqual(["1.1", "1.1", "1.1"]);
  });
});

describe("findBudgetLines and findBudgetRequests", () => {
  it("filters budget cells by row label and report", () => {
    expect(
      findBudgetLines(db, { reportIds: [s20], rowLabels: ["Barn och ungdom"] }).map((b) => [b.column, b.amount]),
    ).toEqual([
      ["Budget 2020", 94.6],
      ["Avvikelse", -3.5],
    ]);
    expect(findBudgetRequests(db, { reportIds: [n21] }).map((r) => [r.amount, r.unit, r.reportId])).toEqual([
      [5, "mnkr", n21],
    ]);
    // LIKE patterns: any of them; ASCII letters fold case ("%TOTALT" finds "Nämnden totalt"), å ä ö do not.
    const labels = (patterns: string[]) => [
      ...new Set(findBudgetLines(db, { rowLabelLike: patterns }).map((b) => b.rowLabel)),
    ];
    expect(labels(["%TOTALT", "Övrig%"]).sort()).toEqual(["Nämnden totalt", "Övrig verksamhet"]);
    expect(labels(["övrig%"])).toEqual([]);
    expect(findBudgetLines(db, { rowLabelLike: [] })).toEqual([]);
    expect(findBudgetRequests(db, {})).toHaveLength(3);
  });
});

describe("searchText", () => {
  it("finds försenad when asked for forsenad, and the other way round", () => {
    expect(searchText(db, "forsenad", 10).map((h) => [h.kind, h.name])).toEqual([
      ["activity", "Införa digital ansökan"],
      ["activity", "Införa digital ansökan"],
      ["activity", "Införa digital ansökan"],
    ]);
    expect(searchText(db, "Försenat", 1)).toEqual([
      { kind: "goal", name: "Stockholmare är självförsörjande", reportId: expect.any(Number), rank: 1, allWords: true },
    ]);
  });

  it("ranks exact (å ä ö as printed) matches before folded ones", () => {
    const local = openDatabase(":memory:");
    const base = makeReport();
    const [activity] = base.activities;
    saveReport(
      local,
      makeReport({
        activities: [
          { ...(activity ?? expect.unreachable()), title: "Plan för att mota kostnader" },
          { ...(activity ?? expect.unreachable()), title: "Möta invånarna" },
        ],
      }),
    );
    expect(searchText(local, "möta", 5).map((h) => h.name)).toEqual(["Möta invånarna", "Plan för att mota kostnader"]);
    expect(searchText(local, "mota", 5).map((h) => h.name)).toEqual(["Plan för att mota kostnader", "Möta invånarna"]);
    local.close();
  });

  it("finds words by prefix, treats query syntax as text and honours the limit", () => {
    expect(searchText(db, "sjukfrån", 2).map((h) => [h.kind, h.name, h.rank])).toEqual([
      ["indicator", "Sjukfrånvaro", 1],
      ["indicator", "Sjukfrånvaro", 2],
    ]);
    expect(searchText(db, 'NEAR( "xyzzy OR', 5)).toEqual([]);
    expect(searchText(db, "and", 1).map((h) => h.name)).toEqual(["Andel vuxna med ekonomiskt bistånd"]);
    expect(searchText(db, "  ", 5)).toEqual([]);
  });
});
