import { afterEach, describe, expect, it } from "vitest";
import type { Db } from "@tertial/store";
import { buildDigest, isDigestEmpty, readDigestInputs } from "../src/index.ts";
import { fixtureDb, NORRMALM_2021, TEST_2019, TEST_2020, type ReportSpec } from "./digest-fixture.ts";
import { numbersRule, statementRule } from "./status-rule-fixture.ts";

const dbs: Db[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});
function open(...specs: Parameters<typeof fixtureDb>[0]): Db {
  const db = fixtureDb(specs);
  dbs.push(db);
  return db;
}
const src = (file: string, line: number) => ({ file, line });
const F19 = "testnamnden-t1-2019.txt";
const F20 = "testnamnden-t1-2020.txt";

describe("buildDigest", () => {
  it("lists the latest report's off-track and at-risk indicators with their rule and source", () => {
    const [part] = buildDigest(readDigestInputs(open(TEST_2019, TEST_2020))).organisations;
    expect(part?.report.period).toBe("T1 2020");
    expect(part?.previous?.file).toBe(F19);
    expect(part?.offTrack).toEqual([
      {
        name: "Sjukfrånvaro",
        goalCode: "1.1",
        status: "off-track",
        rule: numbersRule("6,5 %", "5,5 %", "lower"),
        source: src(F20, 206),
      },
      {
        name: "Nöjda brukare",
        goalCode: "1.1.1",
        status: "off-track",
        rule: numbersRule("72 %", "80 %", "higher"),
        source: src(F20, 212),
      },
    ]);
    expect(part?.atRisk.map((i) => [i.name, i.rule, i.source.line])).toEqual([
      ["Väntetid till försörjningsstöd", statementRule("uncertain", "kan bli svårt att nå"), 214],
    ]);
  });

  it("lists goals assessed delvis or ej, deviating activities and the budget total (not investments, not the outcome table)", () => {
    const [part] = buildDigest(readDigestInputs(open(TEST_2019, TEST_2020))).organisations;
    expect(part?.partialGoals).toEqual([
      { code: "1.1.1", title: "Invånare klarar sin egen försörjning", assessment: "delvis", source: src(F20, 31) },
    ]);
    expect(part?.deviatingActivities).toEqual([
      { title: "Införa digital ansökan", goalCode: "1.1.1", deviation: "Avvikelse", source: src(F20, 944) },
      { title: "Öppna ett nytt kontor", goalCode: "1.1.1", deviation: "inte påbörjats", source: src(F20, 946) },
    ]);
    expect(part?.budget).toEqual({
      table: "Verksamhetsområde, mnkr",
      row: "Nämnden totalt",
      unit: "mnkr",
      budget: { column: "Budget 2020", raw: "1 242,6", amount: 1242.6, source: src(F20, 1841) },
      forecast: { column: "Prognos 2020", raw: "1 242,0", amount: 1242, source: src(F20, 1841) },
      deviation: { column: "Avvikelse", raw: "0,6", amount: 0.6, source: src(F20, 1841) },
    });
  });

  it("reports what changed since the previous report of the same organisation", () => {
    const changes = buildDigest(readDigestInputs(open(TEST_2019, TEST_2020))).organisations[0]?.changes;
    expect(changes?.becameOffTrack).toEqual([
      {
        name: "Sjukfrånvaro",
        goalCode: "1.1",
        from: "on-track",
        to: "off-track",
        rule: numbersRule("6,5 %", "5,5 %", "lower"),
        previousSource: src(F19, 20),
        source: src(F20, 206),
      },
    ]);
    // "Antal  Hemlösa." matches "Antal hemlösa" by normalised name: its 2019 goal had no code.
    expect(changes?.recovered.map((c) => [c.name, c.from, c.to, c.previousSource.line, c.source.line])).toEqual([
      ["Andel vuxna med ekonomiskt bistånd", "off-track", "on-track", 32, 208],
      ["Antal  Hemlösa.", "at-risk", "met", 42, 210],
    ]);
    expect(
      changes?.assessmentChanges.map((c) => [c.code, c.title, c.from, c.to, c.previousSource.line, c.source.line]),
    ).toEqual([
      ["1.1.1", "Invånare klarar sin egen försörjning", "helt", "delvis", 30, 31],
      [null, "Barn har bra uppväxtvillkor", "delvis", "helt", 40, 41],
    ]);
    expect(changes?.newDeviations.map((a) => [a.title, a.deviation, a.source.line])).toEqual([
      ["Öppna ett nytt kontor", "inte påbörjats", 946],
    ]);
    expect(changes?.budgetMovement).toMatchObject({
      row: "Nämnden totalt",
      unit: "mnkr",
      change: 1140.5,
      previousForecast: { raw: "101,5", source: src(F19, 900) },
      forecast: { raw: "1 242,0", source: src(F20, 1841) },
      previousDeviation: { raw: "-1,5" },
      deviation: { raw: "0,6" },
    });
  });

  it("follows an indicator across a renumbered goal when its name is unique on both sides, never a repeated name", () => {
    const goals = (codes: string[], line: number): ReportSpec["goals"] =>
      codes.map((code, index) => [`g${code}`, "committee", code, `Mål ${code}`, "helt", line + index]);
    const before: ReportSpec = {
      organisation: "Omnumrerade nämnden",
      kind: "T1",
      year: 2017,
      file: "omn-2017.txt",
      checksum: "d",
      goals: goals(["4.2", "1.1", "1.2"], 1),
      indicators: [
        ["g4.2", "Sjukfrånvaro", "on-track", numbersRule("5,0 %", "5,5 %", "lower"), 10],
        ["g1.1", "Nöjda brukare", "on-track", numbersRule("85 %", "80 %", "higher"), 11],
        ["g1.2", "Nöjda brukare", "on-track", numbersRule("90 %", "80 %", "higher"), 12],
        ["g1.1", "Väntetid", "on-track", numbersRule("3 dagar", "5 dagar", "lower"), 13],
      ],
    };
    const after: ReportSpec = {
      ...before,
      year: 2020,
      file: "omn-2020.txt",
      checksum: "e",
      goals: goals(["3.2", "2.1", "2.2"], 1),
      indicators: [
        ["g3.2", "Sjukfrånvaro", "off-track", numbersRule("6,5 %", "5,5 %", "lower"), 20],
        ["g2.1", "Nöjda brukare", "off-track", numbersRule("70 %", "80 %", "higher"), 21],
        ["g2.2", "Nöjda brukare", "off-track", numbersRule("72 %", "80 %", "higher"), 22],
        ["g2.1", "Väntetid", "at-risk", statementRule("uncertain", "kan bli svårt att nå"), 23],
      ],
    };
    const changes = buildDigest(readDigestInputs(open(before, after))).organisations[0]?.changes;
    expect(
      changes?.becameOffTrack.map((c) => [c.name, c.goalCode, c.from, c.to, c.previousSource.line, c.source.line]),
    ).toEqual([["Sjukfrånvaro", "3.2", "on-track", "off-track", 10, 20]]);
    expect(changes?.newRisks.map((c) => [c.name, c.from, c.to, c.previousSource.line, c.source.line])).toEqual([
      ["Väntetid", "on-track", "at-risk", 13, 23],
    ]);
    expect(changes?.recovered).toEqual([]);
  });

  it("has no changes for an organisation's first report, and a content key of the checksums read", () => {
    const digest = buildDigest(readDigestInputs(open(TEST_2019, TEST_2020, NORRMALM_2021)));
    expect(digest.organisations.map((p) => [p.report.organisation, p.report.period, p.changes === null])).toEqual([
      ["Norrmalms stadsdelsnämnd", "T2 2021", true],
      ["Testnämnden", "T1 2020", false],
    ]);
    expect(digest.contentKey).toBe(["a", "b", "c"].map((c) => c.repeat(64)).join(","));
  });
});

describe("readDigestInputs", () => {
  it("narrows to organisations named in part, and digests a chosen report against its predecessor", () => {
    const db = open(TEST_2019, TEST_2020, NORRMALM_2021);
    expect(readDigestInputs(db, { organisations: ["norrmalm"] }).map((i) => i.current.report.sourceFile)).toEqual([
      "norrmalm-t2-2021.txt",
    ]);
    expect(readDigestInputs(db, { organisations: ["Okänd"] })).toEqual([]);
    const [first] = readDigestInputs(db, { reportIds: [1] });
    expect([first?.current.report.sourceFile, first?.previous]).toEqual([F19, null]);
  });
});

describe("isDigestEmpty", () => {
  it("is true only when no organisation has a problem or a change", () => {
    expect(isDigestEmpty(buildDigest(readDigestInputs(open(NORRMALM_2021))))).toBe(true);
    expect(isDigestEmpty(buildDigest([]))).toBe(true);
    expect(isDigestEmpty(buildDigest(readDigestInputs(open(TEST_2019, TEST_2020))))).toBe(false);
  });
});
