import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDigest, readDigestInputs, renderDigestText, type Digest, type StatusChange } from "../src/index.ts";
import { openRealReportsDb } from "./real-reports-db.ts";

/**
 * The digest over data/reports: Norrmalm has one report (no comparison); Socialnämnden's T1 2020 is
 * compared with its T1 2017, across the renumbering of the city's goals between the two mandate
 * periods (4.2 → 3.2). Every line number was checked against the report texts.
 */
let real: Awaited<ReturnType<typeof openRealReportsDb>>;
let digest: Digest;

beforeAll(async () => {
  real = await openRealReportsDb();
  digest = buildDigest(readDigestInputs(real.db, { organisations: [] }));
}, 120_000);

afterAll(() => real.close());

const lines = (items: readonly { source: { line: number } }[]) => items.map((item) => item.source.line);
const change = (c: StatusChange) =>
  `${c.name} | ${c.goalCode} | ${c.from} → ${c.to} | ${c.previousSource.file}:${c.previousSource.line} → ${c.source.file}:${c.source.line}`;

describe("the digest of the real reports", () => {
  it("has each organisation's latest report, compared with the one before where there is one", () => {
    expect(digest.organisations.map((part) => [part.report.file, part.previous?.file ?? null])).toEqual([
      ["norrmalm-t2-2021.txt", null],
      ["socialnamnden-t1-2020.txt", "socialnamnden-t1-2017.txt"],
    ]);
    expect(digest.organisations[0]?.changes).toBeNull();
  });

  it("lists Norrmalm's off-track, at-risk, partly met goals and the printed budget total", () => {
    const part = digest.organisations[0];
    expect(lines(part?.offTrack ?? [])).toEqual([224, 230, 238, 548, 589, 740, 744, 756, 1014, 1039, 1536, 1538, 1542]);
    expect(lines(part?.atRisk ?? [])).toEqual([751, 754, 758, 764, 766, 775, 1570]);
    expect(part?.partialGoals.map((goal) => [goal.code, goal.assessment, goal.source.line])).toEqual([
      ["1.2", "delvis", 306],
      ["1.2.1", "delvis", 407],
    ]);
    expect(part?.deviatingActivities).toHaveLength(4);
    // "Anslag för nämndens verksamhet (netto) 1266,6 1,5 -7,8 1238,4 21,9": the deviation is the report's own column.
    expect(
      part?.budget && [
        part.budget.row,
        part.budget.unit,
        part.budget.budget.amount,
        part.budget.forecast.amount,
        part.budget.deviation.amount,
        part.budget.deviation.source.line,
      ],
    ).toEqual(["Anslag för nämndens verksamhet (netto)", "mnkr", 1266.6, 1238.4, 21.9, 1618]);
  });

  it("gives each organisation's result after adjustments by the budget answers' rule, not the plain deviation", () => {
    const results = digest.organisations.map((part) => {
      const result = part.budgetResult;
      return (
        result && [
          result.row,
          result.final.raw,
          `${result.final.source.file}:${result.final.source.line}`,
          result.before && `${result.before.raw} @${result.before.source.line}`,
        ]
      );
    });
    // Norrmalm 1624: "Prognos/avvikelse efter resultatdispositioner … 20,5" (21,9 before, line 1621);
    // Socialnämnden 1841: "Nämnden totalt … 0,6 … -8,0": the last column is after returning the newcomers' funds.
    expect(results).toEqual([
      ["Prognos/avvikelse efter resultatdispositioner", "20,5", "norrmalm-t2-2021.txt:1624", "21,9 @1621"],
      ["Nämnden totalt", "-8,0", "socialnamnden-t1-2020.txt:1841", "0,6 @1841"],
    ]);
    expect(renderDigestText(digest)).toContain(
      [
        "Resultat efter justeringar (mnkr, positivt är överskott)",
        "  Rad             Kolumn                    Resultat  Källa",
        "  --------------  ------------------------  --------  ------------------------------",
        "  Nämnden totalt  Avvikelse efter återred.      -8,0  socialnamnden-t1-2020.txt:1841",
      ].join("\n"),
    );
  });

  it("tells what changed at Socialnämnden since T1 2017, following indicators across renumbered goals", () => {
    const changes = digest.organisations[1]?.changes;
    expect(changes?.becameOffTrack.map(change)).toEqual([
      "Aktivt Medskapandeindex | 3.2 | met → missed | socialnamnden-t1-2017.txt:3872 → socialnamnden-t1-2020.txt:1636",
      "Andel tjänsteutlåtanden som innehåller en jämställdhetsanalys | 3.2 | on-track → off-track | socialnamnden-t1-2017.txt:3645 → socialnamnden-t1-2020.txt:1642",
      "Sjukfrånvaro | 3.2 | on-track → off-track | socialnamnden-t1-2017.txt:3908 → socialnamnden-t1-2020.txt:1650",
      "Sjukfrånvaro dag 1-14 | 3.2 | on-track → off-track | socialnamnden-t1-2017.txt:3925 → socialnamnden-t1-2020.txt:1652",
    ]);
    expect(changes?.newRisks.map(change)).toEqual([]);
    expect(changes?.recovered.map(change)).toEqual([
      "Andel ungdomar som har fullföljt sin ungdomstjänst (Framtid Stockholm). | 1.4.1 | off-track → on-track | socialnamnden-t1-2017.txt:1662 → socialnamnden-t1-2020.txt:835",
    ]);
    expect(lines(changes?.newDeviations ?? [])).toEqual([
      336, 711, 734, 769, 775, 845, 858, 905, 944, 946, 986, 990, 998, 1005, 1039, 1183, 1753,
    ]);
    // "Nämnden totalt 924,6 1215,4 1216,1 -0,7 …" (2017: Bokslut, Budget, Prognos) → "Nämnden totalt 1 242,6 1 242,0 0,6 …" (2020).
    const movement = changes?.budgetMovement;
    expect(
      movement && [
        movement.row,
        movement.previousForecast.raw,
        movement.previousForecast.source.line,
        movement.forecast.raw,
        movement.forecast.source.line,
        movement.change,
      ],
    ).toEqual(["Nämnden totalt", "1216,1", 5423, "1 242,0", 1841, 25.9]);
  });

  it("renders the changes with both sources and the rule", () => {
    const text = renderDigestText(digest);
    expect(text).toContain("Har blivit ej i fas sedan T1 2017 (4)");
    expect(text).not.toContain("Ny risk sedan T1 2017");
    expect(text).toContain("Har återhämtat sig sedan T1 2017 (1)");
    expect(text).toContain("före: socialnamnden-t1-2017.txt:3872");
    expect(text).toContain("utfall 81 < årsmål 82 (högre är");
  });
});
