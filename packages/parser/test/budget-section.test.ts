import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanBudgetText } from "../src/budget/budget-cell.ts";
import type { EconomySection } from "../src/budget/budget-draft.ts";
import { findEconomySections } from "../src/budget/budget-section.ts";
import { amountsStatement } from "../src/budget/budget-units.ts";
import { createBudgetContext } from "./budget-context.ts";

const SECTION_START =
  /^(uppföljning av (ekonomi|driftbudget)|driftbudget|ekonomi|ekonomisk uppföljning|ekonomiskt (utfall|resultat))$/i;
const SECTION_END =
  /^(övrigt|kvalitetsarbete|intern kontroll|bedömning av nämndens interna kontroll|särskilda redovisningar|synpunkter och klagomål|analys av balansräkning.*|konsekvenser av .*)$/i;

/** findEconomySections cleaning every line: the rule the pre-tested version must give exactly. */
function findEconomySectionsReference(lines: readonly string[]): EconomySection[] {
  const sections: EconomySection[] = [];
  let start: number | null = null;
  lines.forEach((raw, index) => {
    const text = raw.includes("\t") || raw.includes(".....") ? "" : cleanBudgetText(raw);
    if (start === null) {
      if (SECTION_START.test(text) || amountsStatement(text) !== null) start = index + 1;
    } else if (SECTION_END.test(text)) {
      sections.push({ start, end: index });
      start = null;
    }
  });
  if (start !== null) sections.push({ start, end: lines.length });
  return sections;
}

describe("findEconomySections", () => {
  it("equals cleaning every line, for headings wrapped in any markup", () => {
    const mark = fc.constantFrom(
      "",
      " ",
      "  ",
      "#",
      "## ",
      "*",
      "**",
      "<b>",
      "</b>",
      "<span class=x>",
      "&nbsp;",
      "&amp;",
      "\u00a0",
      "\t",
      "–",
      ".....",
      "<",
    );
    const words = fc.constantFrom(
      "Uppföljning av ekonomi",
      "UPPFÖLJNING AV DRIFTBUDGET",
      "Ekonomi",
      "ekonomiskt resultat",
      "Driftbudget",
      "Beloppen anges i tkr",
      "beloppen redovisas i mnkr",
      "Övrigt",
      "Intern kontroll",
      "Konsekvenser av pandemin",
      "Analys av balansräkningen",
      "Text om ekonomin",
      "Budget",
      "",
    );
    const line = fc
      .tuple(fc.array(mark, { maxLength: 4 }), words, fc.array(mark, { maxLength: 3 }))
      .map(([before, word, after]) => before.join("") + word + after.join(""));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 14 }), (lines) => {
        expect(findEconomySections(createBudgetContext(lines, "tabbed"))).toEqual(findEconomySectionsReference(lines));
      }),
      { numRuns: 3000 },
    );
  });
});
