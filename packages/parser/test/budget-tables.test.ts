import type { BudgetLine } from "@tertial/domain";
import { BudgetLine as BudgetLineSchema } from "@tertial/domain";
import { describe, expect, it } from "vitest";
import { scanBudgetLines } from "../src/budget/budget-tables.ts";
import { createReportBudgetContext } from "./budget-context.ts";

const S20 = createReportBudgetContext("socialnamnden-t1-2020.txt", "tabbed");
const N21 = createReportBudgetContext("norrmalm-t2-2021.txt", "tabbed");
const S17 = createReportBudgetContext("socialnamnden-t1-2017.txt", "wrapped");
const lines = { S20: scanBudgetLines(S20), N21: scanBudgetLines(N21), S17: scanBudgetLines(S17) };

type Report = keyof typeof lines;
type Expected = [
  report: Report,
  line: number,
  rowLabel: string,
  column: string,
  raw: string,
  amount: number | null,
  unit: BudgetLine["unit"],
];

function cellAt(report: Report, line: number, rowLabel: string, column: string): BudgetLine | undefined {
  return lines[report].find(
    (cell) => cell.source.line === line && cell.rowLabel === rowLabel && cell.column === column,
  );
}

describe("scanBudgetLines on the real reports", () => {
  it.each<Expected>([
    ["S20", 1808, "Taxor och avgifter", "Budget 2019", "-54,5", -54.5, "mnkr"],
    ["S20", 1808, "Taxor och avgifter", "Utfall 2019", "-13,8", -13.8, "mnkr"],
    ["S20", 1808, "Taxor och avgifter", "Förbrukn 2019", "25,4%", 25.4, "%"],
    ["S20", 1808, "Taxor och avgifter", "Budget 2020", "-56,6", -56.6, "mnkr"],
    ["S20", 1808, "Taxor och avgifter", "Förbrukn 2020", "29,0%", 29, "%"],
    ["S20", 1818, "Ekonomiskt bistånd", "Utfall 2020", "134,0", 134, "mnkr"],
    ["S20", 1822, "Netto", "Budget 2019", "1 297,1", 1297.1, "mnkr"],
    ["S20", 1829, "Barn och ungdom", "Budget 2020", "94,6", 94.6, "mnkr"],
    ["S20", 1829, "Barn och ungdom", "Prognos 2020", "98,1", 98.1, "mnkr"],
    ["S20", 1829, "Barn och ungdom", "Avvikelse", "-3,5", -3.5, "mnkr"],
    ["S20", 1841, "Nämnden totalt", "Avvikelse", "0,6", 0.6, "mnkr"],
    ["S20", 1841, "Nämnden totalt", "Avvikelse efter återred. Nyanlända", "-8,0", -8, "mnkr"],
    ["S20", 1956, "Klimatinvesteringar", "Prognos T1 2020", "5,0", 5, "mnkr"],
    ["S20", 1956, "Klimatinvesteringar", "Begärda budgetjusteringar", "5,0", 5, "mnkr"],
    [
      "N21",
      1618,
      "Anslag för nämndens verksamhet (netto)",
      "Budget 2021 (nämndbudget efter beslutade BJ)",
      "1266,6",
      1266.6,
      "mnkr",
    ],
    [
      "N21",
      1618,
      "Anslag för nämndens verksamhet (netto)",
      "Avvikelse (avvikelse från Agresso, som nämnden analyserar)",
      "21,9",
      21.9,
      "mnkr",
    ],
    [
      "N21",
      1659,
      "varav flykting",
      "Prognos 2021 (efter resultatöverföringar, inkl. begärda BJ)",
      "-7,6*",
      -7.6,
      "mnkr",
    ],
    ["N21", 1664, "Äldreomsorg", "Avvikelse (+/-) (inkl. begärda BJ)", "19,3", 19.3, "mnkr"],
    ["N21", 1668, "Ekonomiskt bistånd", "Budget 2021 (netto, inkl. godkända BJ)", "27,2", 27.2, "mnkr"],
    [
      "N21",
      1668,
      "Ekonomiskt bistånd",
      "Prognos 2021 (före resultatöverföringar, inkl. begärda BJ)",
      "34,7",
      34.7,
      "mnkr",
    ],
    ["N21", 1668, "Ekonomiskt bistånd", "Avvikelse (+/-) (inkl. begärda BJ)", "-7,5", -7.5, "mnkr"],
    ["N21", 1670, "Totalt", "Budget 2021 (netto, inkl. godkända BJ)", "1258,8", 1258.8, "mnkr"],
    ["N21", 1780, "Summa resultatenheter", "Resultatenheternas bruttobudget 2021", "212 902", 212902, "tkr"],
    [
      "N21",
      1780,
      "Summa resultatenheter",
      "Resultatöverföring från 2020 Överskott (-) Underskott (+)",
      "-13 884",
      -13884,
      "tkr",
    ],
    ["N21", 1826, "Blekholmsterrassen", "Budget 2021 Inklusive budgetjusteringar", "-0,2", -0.2, "mnkr"],
    ["S17", 5296, "Taxor och avgifter", "Budget april 2016", "-49,3", -49.3, "mnkr"],
    ["S17", 5296, "Taxor och avgifter", "Förbrukn april 2016", "30,6%", 30.6, "%"],
    ["S17", 5296, "Taxor och avgifter", "Budget april 2017", "-50,6", -50.6, "mnkr"],
    ["S17", 5296, "Taxor och avgifter", "Förbrukn april 2017", "29,0%", 29, "%"],
    ["S17", 5320, "Summa kostnader", "Budget april 2016", "1 678,3", 1678.3, "mnkr"],
    ["S17", 5320, "Summa kostnader", "Prognos april 2017", "2 064,5", 2064.5, "mnkr"],
    ["S17", 5333, "Netto", "Budget april 2017", "1 215,4", 1215.4, "mnkr"],
    ["S17", 5333, "Netto", "Prognos april 2017", "1 216,1", 1216.1, "mnkr"],
    ["S17", 5333, "Netto", "Utfall april 2017", "316,5", 316.5, "mnkr"],
    ["S17", 5379, "Barn och ungdom", "Bokslut 2016", "95,9", 95.9, "mnkr"],
    ["S17", 5379, "Barn och ungdom", "Budget 2017", "81,0", 81, "mnkr"],
    ["S17", 5379, "Barn och ungdom", "Prognos 2017", "82,8", 82.8, "mnkr"],
    ["S17", 5379, "Barn och ungdom", "Avvikelse", "-1,8", -1.8, "mnkr"],
    ["S17", 5379, "Barn och ungdom", "Justerad avvikelse", "-1,8", -1.8, "mnkr"],
    ["S17", 5423, "Nämnden totalt", "Budget 2017", "1215,4", 1215.4, "mnkr"],
    ["S17", 5423, "Nämnden totalt", "Justering", "0,7", 0.7, "mnkr"],
    ["S17", 5423, "Nämnden totalt", "Justerad avvikelse", "0,0", 0, "mnkr"],
    ["S17", 5402, "Verksamhet för personer med funktionsnedsättning", "Bokslut 2016", "142,", null, "mnkr"],
  ])("%s:%i %s | %s = %s", (report, line, rowLabel, column, raw, amount, unit) => {
    expect(cellAt(report, line, rowLabel, column)).toMatchObject({ raw, amount, unit });
  });

  it("cites a wrapped row from its label's line to the last line of its amounts; a one-line row has no endLine", () => {
    const source = { file: "socialnamnden-t1-2017.txt", line: 5333, endLine: 5339 };
    // "Netto 980,3 263,2 26,8%  1" / "215,4" / "1" / "216,1" / "316,5 26,0%": one row, one span.
    expect(lines.S17.filter((cell) => cell.rowLabel === "Netto").map((cell) => cell.source)).toEqual(
      Array.from({ length: 7 }, () => source),
    );
    expect(cellAt("S17", 5320, "Summa kostnader", "Förbrukn april 2017")?.source).toMatchObject({ endLine: 5329 });
    // The label on 5402–5403, the amounts on 5405.
    expect(cellAt("S17", 5402, "Verksamhet för personer med funktionsnedsättning", "Budget 2017")?.source).toEqual({
      file: "socialnamnden-t1-2017.txt",
      line: 5402,
      endLine: 5405,
    });
    expect(cellAt("S17", 5379, "Barn och ungdom", "Bokslut 2016")?.source).toEqual({
      file: "socialnamnden-t1-2017.txt",
      line: 5379,
    });
    expect(lines.S20.concat(lines.N21).some((cell) => cell.source.endLine !== undefined)).toBe(false);
  });

  // Counted from the text: S20 78 + 62 + 11; N21 19 + 5 + 85 + 35 + 6 + 28 + 57;
  // S17 13 rows × 7 + 9 rows × 5 + 2 rows × 6 (empty Justering cells are not lines).
  it("reads every numeric cell of the reports' tables and nothing else", () => {
    expect([lines.S20.length, lines.N21.length, lines.S17.length]).toEqual([151, 235, 148]);
  });

  it("names tables by their naming stub or the nearest label line above", () => {
    const titles = (report: Report): string[] => [...new Set(lines[report].map((cell) => cell.table))];
    expect(titles("S20")).toEqual(["Utfall per april", "Verksamhetsområde, mnkr", "Investeringar"]);
    expect(titles("N21")).toEqual([
      "Uppföljning av driftbudget",
      "Beviljade budgetjusteringar",
      "Analys av årsprognos 2021",
      "Resultatenhetens namn",
      "Investeringar",
      "Parkinvesteringar",
    ]);
    expect(titles("S17")).toEqual(["Uppföljning av driftbudget", "Verksamhetsområde"]);
  });

  it("gives varav rows the row above as group and italic rows as groups", () => {
    expect(cellAt("N21", 1656, "varav socialpsykiatri", "Begärda budgetjusteringar")?.group).toBe(
      "Individ- och familjeomsorg",
    );
    expect(cellAt("N21", 1664, "Äldreomsorg", "Begärda budgetjusteringar")?.group).toBeNull();
    expect(cellAt("N21", 1835, "Norrbackatäppan", "Prognos T2")?.group).toBe("Nycklade medel");
    expect(cellAt("N21", 1841, "Totalt", "Prognos T2")?.group).toBeNull();
  });

  it("drops repeated headers and benchmark rows, and skips volume tables with a warning", () => {
    expect(lines.S20.some((cell) => cell.rowLabel.startsWith("Riktvärde") || cell.source.line === 1811)).toBe(false);
    expect(lines.N21.some((cell) => cell.source.line >= 1704 && cell.source.line <= 1733)).toBe(false);
    expect(N21.warnings.map((warning) => warning.line)).toEqual([1704, 1724, 1771]);
    expect(N21.warnings[2]?.message).toContain("read as tkr");
    expect(S20.warnings).toEqual([]);
  });

  it("warns about the truncated S17 amount only", () => {
    expect(S17.warnings).toEqual([{ line: 5405, message: expect.stringContaining('"142,"') }]);
  });

  it("emits lines that satisfy the BudgetLine schema", () => {
    for (const cell of [...lines.S20, ...lines.N21, ...lines.S17])
      expect(BudgetLineSchema.safeParse(cell).success).toBe(true);
  });
});
