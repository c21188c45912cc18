import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Goal } from "@tertial/domain";
import { describe, expect, it } from "vitest";
import { detectFormat } from "../src/formats/detect-format.ts";
import { scanGoals, type GoalScan } from "../src/goals/goals.ts";
import { splitLines, toSourceLines } from "../src/text/source-lines.ts";
import { findTableOfContents } from "../src/text/table-of-contents.ts";
import { hasMarkedLineBreaks } from "../src/text/line-breaks.ts";

const S20 = "socialnamnden-t1-2020.txt";
const S17 = "socialnamnden-t1-2017.txt";
const N21 = "norrmalm-t2-2021.txt";

function scanText(text: string, file = "fixture.txt"): GoalScan & { warnings: string[] } {
  const raw = splitLines(text);
  const lines = toSourceLines(raw);
  const warnings: string[] = [];
  const scan = scanGoals({
    file,
    lines,
    format: detectFormat(raw),
    toc: findTableOfContents(lines),
    breaksMarked: hasMarkedLineBreaks(raw),
    warn: (line, message) => warnings.push(`${line}: ${message}`),
  });
  return { ...scan, warnings };
}

const scans = new Map<string, ReturnType<typeof scanText>>();
function scanReport(file: string): ReturnType<typeof scanText> {
  const cached = scans.get(file);
  if (cached) return cached;
  const scan = scanText(
    readFileSync(join(import.meta.dirname, "..", "..", "..", "data", "reports", file), "utf8"),
    file,
  );
  scans.set(file, scan);
  return scan;
}

function tally(goals: readonly Goal[], level: Goal["level"]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const goal of goals.filter((g) => g.level === level))
    counts[goal.assessment] = (counts[goal.assessment] ?? 0) + 1;
  return counts;
}

function at(file: string, line: number): Goal {
  const goal = scanReport(file).goals.find((g) => g.source.line === line);
  if (!goal) throw new Error(`no goal at ${file}:${line}`);
  return goal;
}

describe("scanGoals on the real reports", () => {
  it.each([
    [S20, 3, 12, 17],
    [S17, 4, 26, 20],
    [N21, 3, 12, 19],
  ])("%s has %i direction, %i area and %i committee goals and no unit goals", (file, direction, area, committee) => {
    const { goals } = scanReport(file);
    const count = (level: Goal["level"]): number => goals.filter((g) => g.level === level).length;
    expect([count("direction"), count("area"), count("committee"), count("unit")]).toEqual([
      direction,
      area,
      committee,
      0,
    ]);
  });

  it.each([
    [S20, { helt: 11, "none-given": 1 }, { helt: 17 }],
    [S17, { helt: 18, delvis: 1, "none-given": 7 }, { helt: 20 }],
    [N21, { helt: 11, delvis: 1 }, { helt: 18, delvis: 1 }],
  ])("%s assessments: area %o, committee %o", (file, area, committee) => {
    const { goals } = scanReport(file);
    expect(tally(goals, "area")).toEqual(area);
    expect(tally(goals, "committee")).toEqual(committee);
    expect(tally(goals, "direction")).toEqual({ "none-given": 3 + (file === S17 ? 1 : 0) });
  });

  it.each([
    [S20, 114, "direction", "1", "En modern storstad med möjligheter och valfrihet för alla", null],
    [
      S20,
      136,
      "area",
      "1.1",
      "I Stockholm är människor självförsörjande och vägen till arbete och svenskkunskaper är kort",
      "Uppfylls helt",
    ],
    [S20, 227, "committee", "1.1.1", "Stockholmare arbetar och är självförsörjande", "Uppfylls helt"],
    [S20, 308, "committee", "1.2.1", "Stockholmare är trygga och säkra i staden", "● Uppfylls helt"],
    [S20, 1295, "area", "2.4", "Stockholm är en modern kultur- och evenemangsstad med en stark besöksnäring", "Ingen"],
    [N21, 248, "committee", "1.1.1", "Invånare klarar sin egen försörjning", "Uppfylls helt"],
    [
      N21,
      457,
      "committee",
      "1.2.2",
      "Parker och grönområden är välskötta, tillgängliga och välkomnande",
      "Uppfylls helt",
    ],
    [N21, 407, "committee", "1.2.1", "Tryggt stadsdelsområde", "Uppfylls delvis"],
    [N21, 568, "committee", "1.3.1", "Barn i förskolan har hållbara relationer till sin omvärld", "Uppfylles helt"],
    [N21, 306, "area", "1.2", "Stockholm är en trygg, säker och välskött stad att bo och vistas i", "Uppfylls delvis"],
    [S17, 276, "committee", null, "Barn i Stockholm har bra uppväxtvillkor", "Uppfylls helt"],
    [
      S17,
      1746,
      "committee",
      "1.2.2",
      "Stockholmare erhåller en likvärdig och rättssäker socialtjänst med god kvalitet oavsett var i staden de bor",
      "Uppfylls helt",
    ],
    [
      S17,
      2895,
      "committee",
      null,
      "Nämnden har en väl fungerande handläggning av ansökningar om serveringstillstånd",
      "Uppfylls helt",
    ],
    [
      S17,
      5167,
      "committee",
      null,
      "Vuxna och barn i nämndens verksamheter har möjlighet till inflytande och delaktighet.",
      "Uppfylls helt",
    ],
    [
      S17,
      2466,
      "area",
      "1.5",
      "Stockholm har ett rikt utbud av idrott och fritid som är tillgängligt för alla",
      "Ingen",
    ],
    [
      S17,
      4227,
      "area",
      "4.4",
      "Stockholm är en stad som respekterar och lever upp till barnets rättigheter i enlighet med FN:s barnkonvention",
      "Uppfylls helt",
    ],
    [S17, 2783, "area", "2.5", "Stockholms miljö är giftfri", "Uppfylls delvis"],
  ] as const)("%s:%i is the %s goal %s %j (%s)", (file, line, level, code, title, assessmentRaw) => {
    const goal = at(file, line);
    expect({ level: goal.level, code: goal.code, title: goal.title, assessmentRaw: goal.assessmentRaw }).toEqual({
      level,
      code,
      title,
      assessmentRaw,
    });
  });

  it("gives ids g1, g2 … in document order and links committee → area → direction", () => {
    const { goals } = scanReport(S20);
    expect(goals.map((g) => g.id)).toEqual(goals.map((_g, i) => `g${i + 1}`));
    expect(at(S20, 227).parentId).toBe(at(S20, 136).id);
    expect(at(S20, 136).parentId).toBe(at(S20, 114).id);
    expect(at(S20, 114).parentId).toBeNull();
    expect(at(N21, 881).parentId).toBe(at(N21, 598).id);
  });

  it("does not take analysis headings that repeat a nämndmål title for goals (S20:148, 265, 349)", () => {
    const lines = scanReport(S20).goals.map((g) => g.source.line);
    for (const trap of [148, 265, 349, 385, 507, 545]) expect(lines).not.toContain(trap);
    expect(scanReport(S20).goals.filter((g) => g.code === "1.1.1")).toHaveLength(1);
  });

  it("skips the labels repeated in N21's table of contents", () => {
    const { goals, isBoundary } = scanReport(N21);
    expect(goals.every((g) => g.source.line > 60)).toBe(true);
    expect(isBoundary(29)).toBe(true);
    expect(isBoundary(42)).toBe(true);
  });

  it("numbers S17's unnumbered nämndmål only from matching headings in the KF analysis", () => {
    const { goals, warnings } = scanReport(S17);
    const committee = goals.filter((g) => g.level === "committee");
    expect(committee.filter((g) => g.code !== null).map((g) => [g.source.line, g.code])).toEqual([
      [1559, "1.2.1"],
      [1746, "1.2.2"],
      [1885, "1.2.3"],
    ]);
    expect(warnings.filter((w) => w.includes("given number"))).toHaveLength(3);
  });

  it("reads Beskrivning, Förväntat resultat and Analys of a nämndmål", () => {
    const goal = at(S20, 227);
    expect(goal.description).toMatch(
      /^Socialförvaltningens verksamheter bidrar i arbetet med att förbättra kvinnors och mäns etablering/,
    );
    expect(goal.expectedResult).toMatch(
      /^- Medarbetare och chefer som arbetar med ekonomiskt bistånd i staden får stöd/,
    );
    expect(goal.analysis).toMatch(/^Förvaltningen gör bedömningen att nämndmålet uppnås under året\./);
    expect(goal.analysis).not.toContain("Uppdraget pågår enligt plan");
    expect(at(N21, 248).description).toMatch(/^Målgrupp: Invånare som inte klarar sin egen försörjning\./);
    expect(at(S17, 276).expectedResult).toMatch(
      /^Strategiskt arbete Stadsdelsförvaltningarnas och socialtjänstavdelningens medarbetare/,
    );
  });

  it("owns each line by the nearest nämndmål after the current KF goal, else by the KF goal", () => {
    const { ownerAt } = scanReport(S20);
    expect(ownerAt(100)).toBeNull();
    expect(ownerAt(206)).toBe(at(S20, 136).id);
    expect(ownerAt(250)).toBe(at(S20, 227).id);
    expect(ownerAt(260)).toBe(at(S20, 255).id);
    expect(scanReport(N21).ownerAt(242)).toBe(at(N21, 156).id);
    expect(scanReport(S17).ownerAt(1400)).toBe(at(S17, 396).id);
  });
});

describe("scanGoals on inline fixtures", () => {
  it("reads enhetsmål with icons and — Ingen, and links them to their nämndmål", () => {
    const { goals, ownerAt } = scanText(
      [
        "Nämndmål:",
        "",
        "2.1.1 Invånare med ekonomiskt bistånd får stöd",
        "",
        "— Ingen",
        "",
        "Enhetsmål:",
        "",
        "Handläggningstiden är kort",
        "",
        "◆ Uppfylls delvis",
        "",
        "Förväntat resultat",
        "",
        "Beslut inom tre veckor.",
        "",
        "Enhetsmål: Alla får ett första besök inom en vecka",
        "● Uppfylls helt",
        "Analys",
        "Målet nås.",
        "",
        "Enhetsmål: Brukarna är nöjda",
        "Uppfylls ej",
      ].join("\n"),
    );
    expect(goals.map((g) => [g.level, g.code, g.title, g.assessment, g.assessmentRaw, g.parentId])).toEqual([
      ["committee", "2.1.1", "Invånare med ekonomiskt bistånd får stöd", "none-given", "— Ingen", null],
      ["unit", null, "Handläggningstiden är kort", "delvis", "◆ Uppfylls delvis", "g1"],
      ["unit", null, "Alla får ett första besök inom en vecka", "helt", "● Uppfylls helt", "g1"],
      ["unit", null, "Brukarna är nöjda", "ej", "Uppfylls ej", "g1"],
    ]);
    expect(goals[1]?.expectedResult).toBe("Beslut inom tre veckor.");
    expect(goals[2]?.analysis).toBe("Målet nås.");
    expect(ownerAt(20)).toBe("g3");
  });

  it("gives a goal without an assessment line none-given and a null raw assessment", () => {
    const { goals } = scanText("KF:s mål för verksamhetsområdet: 1.3. Stockholm är tryggt\n\nAnalys\n\nText.");
    expect(goals[0]).toMatchObject({
      code: "1.3",
      title: "Stockholm är tryggt",
      assessment: "none-given",
      assessmentRaw: null,
      analysis: "Text.",
    });
  });

  it("warns about a label without a title and skips it", () => {
    const { goals, warnings } = scanText("Nämndmål:\n\nUppfylls helt\n");
    expect(goals).toEqual([]);
    expect(warnings).toEqual(['1: "Nämndmål:" is not followed by a goal title; the label was skipped']);
  });
});
