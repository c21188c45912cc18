import { describe, expect, it } from "vitest";
import { scanBudgetLines } from "../src/budget/budget-tables.ts";
import { decideUnit } from "../src/budget/budget-units.ts";
import { budgetFixture, createBudgetContext } from "./budget-context.ts";

const pick = (cells: ReturnType<typeof scanBudgetLines>) =>
  cells.map((cell) => [cell.group, cell.rowLabel, cell.column, cell.amount, cell.unit].join(" | "));

describe("scanBudgetLines on a unit-level report (tkr, areas, Intäkter/Kostnader)", () => {
  const lines = budgetFixture(`
Ekonomi
Enhet : Enheten för ekonomiskt bistånd Norr
Enhetschef: Kim Berg
Beloppen anges i Tkr
⇥Utfall i bokslut 2020⇥Budget⇥Avvikelse
<b>Försörjningsstöd</b>⇥⇥⇥
Intäkter⇥-2 310⇥-2 000⇥310
Kostnader⇥48 420⇥46 500⇥-1 920
Summa netto⇥46 110⇥44 500⇥-1 610
<b>Administration</b>⇥⇥⇥
Intäkter⇥⇥⇥
Bidrag⇥-120⇥-100⇥20
Summa intäkter⇥-120⇥-100⇥20
Kostnader⇥⇥⇥
Personal⇥5 400,5⇥5 500⇥99,5
Summa netto⇥5 280,5⇥5 400⇥119,5
`);
  const ctx = createBudgetContext(lines, "tabbed");
  const cells = scanBudgetLines(ctx);

  it("reads tkr from the statement, groups rows by area and Intäkter/Kostnader, titles by the unit", () => {
    expect(pick(cells)).toEqual([
      "Försörjningsstöd | Intäkter | Utfall i bokslut 2020 | -2310 | tkr",
      "Försörjningsstöd | Intäkter | Budget | -2000 | tkr",
      "Försörjningsstöd | Intäkter | Avvikelse | 310 | tkr",
      "Försörjningsstöd | Kostnader | Utfall i bokslut 2020 | 48420 | tkr",
      "Försörjningsstöd | Kostnader | Budget | 46500 | tkr",
      "Försörjningsstöd | Kostnader | Avvikelse | -1920 | tkr",
      "Försörjningsstöd | Summa netto | Utfall i bokslut 2020 | 46110 | tkr",
      "Försörjningsstöd | Summa netto | Budget | 44500 | tkr",
      "Försörjningsstöd | Summa netto | Avvikelse | -1610 | tkr",
      "Administration / Intäkter | Bidrag | Utfall i bokslut 2020 | -120 | tkr",
      "Administration / Intäkter | Bidrag | Budget | -100 | tkr",
      "Administration / Intäkter | Bidrag | Avvikelse | 20 | tkr",
      "Administration / Intäkter | Summa intäkter | Utfall i bokslut 2020 | -120 | tkr",
      "Administration / Intäkter | Summa intäkter | Budget | -100 | tkr",
      "Administration / Intäkter | Summa intäkter | Avvikelse | 20 | tkr",
      "Administration / Kostnader | Personal | Utfall i bokslut 2020 | 5400.5 | tkr",
      "Administration / Kostnader | Personal | Budget | 5500 | tkr",
      "Administration / Kostnader | Personal | Avvikelse | 99.5 | tkr",
      "Administration | Summa netto | Utfall i bokslut 2020 | 5280.5 | tkr",
      "Administration | Summa netto | Budget | 5400 | tkr",
      "Administration | Summa netto | Avvikelse | 119.5 | tkr",
    ]);
    expect(new Set(cells.map((cell) => cell.table))).toEqual(new Set(["Enheten för ekonomiskt bistånd Norr"]));
    expect(cells[0]?.source).toEqual({ file: "fixture.txt", line: 7 });
    expect(ctx.warnings).toEqual([]);
  });
});

describe("scanBudgetLines in the tabbed layout", () => {
  it("warns about amounts outside a table, amounts without a label and cells without a column", () => {
    const ctx = createBudgetContext(
      budgetFixture(`
Uppföljning av ekonomi
Prognosen visar 3,0 mnkr.
Lösrad⇥1,0⇥2,0
Investeringar
Mnkr, netto⇥Budget 2020⇥Prognos 2020
Inventarier⇥3,0⇥3,0⇥9,9
⇥⇥4,0
`),
      "tabbed",
    );
    const cells = scanBudgetLines(ctx);
    expect(pick(cells)).toEqual([
      " | Inventarier | Budget 2020 | 3 | mnkr",
      " | Inventarier | Prognos 2020 | 3 | mnkr",
    ]);
    expect(cells[0]?.table).toBe("Investeringar");
    expect(ctx.warnings.map((warning) => warning.line)).toEqual([3, 6, 7]);
  });

  it("reads no tables outside an economy section and skips TOC lines", () => {
    const ctx = createBudgetContext(
      budgetFixture(`
Uppföljning av ekonomi⇥58
Indikator⇥Periodens utfall⇥Prognos helår
Andel⇥12,0⇥13,0
`),
      "tabbed",
    );
    expect(scanBudgetLines(ctx)).toEqual([]);
    expect(ctx.warnings).toEqual([]);
  });

  it("ends the economy section at a non-economy heading", () => {
    const ctx = createBudgetContext(
      budgetFixture(`
## Uppföljning av ekonomi
Mnkr⇥Budget⇥Prognos
Drift⇥1,0⇥2,0
## Kvalitetsarbete
Mnkr⇥Budget⇥Prognos
Annat⇥1,0⇥2,0
`),
      "tabbed",
    );
    expect(scanBudgetLines(ctx).map((cell) => cell.rowLabel)).toEqual(["Drift", "Drift"]);
  });
});

describe("scanBudgetLines in the wrapped layout", () => {
  it("joins broken header words, reads empty cells from double spaces and thousands split over lines", () => {
    const ctx = createBudgetContext(
      budgetFixture(`
Uppföljning·av·ekonomi·

Verksamhetsområde·
Budget·
2017·
Progn
os·
Avvikels

e·
Barn·och·ungdom·81,0··-1,8·
Stöd·till·
föreningar·
2·
064,5·2·100,0·-35,5·
Nämnden·totalt·bistånd·-1,8·mnkr·
`),
      "wrapped",
    );
    expect(pick(scanBudgetLines(ctx))).toEqual([
      " | Barn och ungdom | Budget 2017 | 81 | mnkr",
      " | Barn och ungdom | Avvikelse | -1.8 | mnkr",
      " | Stöd till föreningar | Budget 2017 | 2064.5 | mnkr",
      " | Stöd till föreningar | Prognos | 2100 | mnkr",
      " | Stöd till föreningar | Avvikelse | -35.5 | mnkr",
    ]);
    expect(ctx.warnings).toEqual([]);
  });

  it("warns about a row whose amounts do not fit the columns", () => {
    const ctx = createBudgetContext(
      budgetFixture(`
Driftbudget·
Budget·Prognos·
Taxor·1,0·2,0·3,0·4,0·
Netto·5,0·6,0·
`),
      "wrapped",
    );
    expect(pick(scanBudgetLines(ctx))).toEqual([" | Netto | Budget | 5 | mnkr", " | Netto | Prognos | 6 | mnkr"]);
    expect(ctx.warnings).toEqual([
      { line: 3, message: expect.stringContaining("does not fit the 2 columns") },
      { line: 1, message: expect.stringContaining("no unit stated in the table or the section: read as mnkr") },
    ]);
  });
});

describe("decideUnit", () => {
  const none = { statement: null, prose: null, printedAmounts: [] };
  it.each([
    [
      "a unit in the header",
      { ...none, headerText: "Verksamhetsområde, mnkr", statement: "tkr" as const },
      "mnkr",
      false,
    ],
    ["a Beloppen statement", { ...none, headerText: "Budget", statement: "tkr" as const }, "tkr", false],
    [
      "whole thousands-scale amounts",
      { ...none, headerText: "Budget", prose: "mnkr" as const, printedAmounts: [{ raw: "212 902", amount: 212902 }] },
      "tkr",
      true,
    ],
    [
      "decimal amounts and mnkr prose",
      { ...none, headerText: "Budget", prose: "mnkr" as const, printedAmounts: [{ raw: "1 242,6", amount: 1242.6 }] },
      "mnkr",
      false,
    ],
    ["nothing at all", { ...none, headerText: "Budget", printedAmounts: [{ raw: "12", amount: 12 }] }, "mnkr", true],
  ])("decides from %s", (_name, evidence, unit, isGuess) => {
    const decision = decideUnit(evidence);
    expect([decision.unit, decision.guess !== null]).toEqual([unit, isGuess]);
  });
});
