import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scanBudgetRequests } from "../src/budget/budget-requests.ts";
import { splitLines, toSourceLines } from "../src/text/source-lines.ts";
import { findTableOfContents } from "../src/text/table-of-contents.ts";

function requestsIn(text: string, file = "fixture.txt"): ReturnType<typeof scanBudgetRequests> {
  const lines = toSourceLines(splitLines(text));
  return scanBudgetRequests(file, lines, findTableOfContents(lines));
}
const report = (file: string): string =>
  readFileSync(join(import.meta.dirname, "..", "..", "..", "data", "reports", file), "utf8");

describe("scanBudgetRequests", () => {
  it("reads S20's two requests from Förslag till beslut, not the economy section's repeats", () => {
    const file = "socialnamnden-t1-2020.txt";
    expect(requestsIn(report(file), file)).toEqual([
      {
        amount: 5,
        unit: "mnkr",
        purpose: "klimatinvesteringar för utbyte till LED-belysning",
        text: "Socialnämnden ansöker hos kommunstyrelsen om medel med 5,0 mnkr till klimatinvesteringar för utbyte till LED-belysning.",
        source: { file, line: 16 },
      },
      {
        amount: 0.7,
        unit: "mnkr",
        purpose: "ökade lokalkostnader",
        text: "Socialnämnden ansöker hos kommunstyrelsen om 0,7 mnkr i budgetjustering för ökade lokalkostnader.",
        source: { file, line: 17 },
      },
    ]);
  });

  it("reads N21's request (line 16) and not the same request repeated at line 1866", () => {
    const file = "norrmalm-t2-2021.txt";
    expect(requestsIn(report(file), file)).toEqual([
      {
        amount: 1.5,
        unit: "mnkr",
        purpose: "kommunalt bostadsbidrag för personer med funktionsnedsättning",
        text: "Stadsdelsnämnden begär budgetjustering om totalt 1,5 mnkr för kommunalt bostadsbidrag för personer med funktionsnedsättning.",
        source: { file, line: 16 },
      },
    ]);
  });

  it("finds none in S17, whose request is prose without a request sentence", () => {
    expect(requestsIn(report("socialnamnden-t1-2017.txt"))).toEqual([]);
  });

  it("searches the whole text of a report without Förslag till beslut, in tkr too, and skips future requests", () => {
    const text = [
      "Budgetjusteringar",
      "Enheten har haft ökade kostnader. Nämnden begär budgetjustering med 350 tkr för ökade hyreskostnader i Husby.",
      "Nämnden kommer i samband med tertialrapport 2 att begära budgetjustering med cirka 0,5 mnkr för avskrivningar.",
      "Nämnden ansöker hos kommunstyrelsen om 1 200 tkr till sommarkollo.",
    ].join("\n");
    expect(requestsIn(text).map((r) => [r.amount, r.unit, r.purpose, r.source.line, r.text])).toEqual([
      [
        350,
        "tkr",
        "ökade hyreskostnader i Husby",
        2,
        "Nämnden begär budgetjustering med 350 tkr för ökade hyreskostnader i Husby.",
      ],
      [1200, "tkr", "sommarkollo", 4, "Nämnden ansöker hos kommunstyrelsen om 1 200 tkr till sommarkollo."],
    ]);
  });

  it("ignores Förslag till beslut items that ask for no money", () => {
    expect(
      requestsIn(
        "Förslag till beslut\n\n1. Nämnden godkänner tertialrapporten.\n2. Beslutet förklaras omedelbart justerat.",
      ),
    ).toEqual([]);
  });
});
