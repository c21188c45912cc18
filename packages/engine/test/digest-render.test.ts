import { describe, expect, it } from "vitest";
import {
  buildDigest,
  digestParts,
  formatSignedAmount,
  formatTable,
  readDigestInputs,
  renderDigestText,
  wrapCell,
} from "../src/index.ts";
import { fixtureDb, NORRMALM_2021, TEST_2019, TEST_2020 } from "./digest-fixture.ts";

describe("wrapCell", () => {
  it.each([
    ["short", 10, ["short"]],
    ["prognos 6,5 % > årsmål 5,5 %", 12, ["prognos 6,5", "% > årsmål", "5,5 %"]],
    ["abcdefghij", 4, ["abcd", "efgh", "ij"]],
    ["a.txt:1\nföre: b.txt:2", undefined, ["a.txt:1", "före: b.txt:2"]],
  ])("wraps %j at width %s", (text, width, lines) => {
    expect(wrapCell(text, width)).toEqual(lines);
  });
});

describe("formatTable", () => {
  it("pads columns, right-aligns numbers and wraps long cells onto extra lines", () => {
    expect(
      formatTable(
        [
          { header: "Rad", maxWidth: 8 },
          { header: "Belopp", align: "right" },
        ],
        [
          ["Nämnden totalt", "1 242,6"],
          ["Netto", "0,6"],
        ],
      ),
    ).toEqual(["Rad       Belopp", "-------  -------", "Nämnden  1 242,6", "totalt", "Netto        0,6"]);
  });
});

describe("formatSignedAmount", () => {
  it.each([
    [1140.5, "+1 140,5"],
    [-0.7, "-0,7"],
    [0, "±0,0"],
    [-0.04, "±0,0"],
    [25.94, "+25,9"],
  ])("%s → %s", (amount, text) => {
    expect(formatSignedAmount(amount)).toBe(text);
  });
});

describe("renderDigestText", () => {
  it("prints a first report with its counts and tables, every row with file:line", () => {
    const text = renderDigestText(buildDigest(readDigestInputs(fixtureDb([NORRMALM_2021]))));
    expect(text).toBe(
      [
        "Tertialdigest",
        "=============",
        "",
        "Norrmalms stadsdelsnämnd – T2 2021",
        "----------------------------------",
        "Källa: norrmalm-t2-2021.txt; ingen tidigare rapport att jämföra med.",
        "0 indikatorer ej i fas · 0 med risk · 0 mål delvis/ej · 0 aktiviteter med avvikelse",
      ].join("\n"),
    );
  });

  it("shows the status change with both sources and the budget movement with its sign", () => {
    const text = renderDigestText(buildDigest(readDigestInputs(fixtureDb([TEST_2019, TEST_2020]))));
    expect(text).toContain(
      [
        "Har blivit ej i fas sedan T1 2019 (1)",
        "  Indikator     Mål  Före → nu         Regel                         Källa",
        "  ------------  ---  ----------------  ----------------------------  --------------------------------",
        "  Sjukfrånvaro  1.1  i fas → ej i fas  prognos 6,5 % > årsmål 5,5 %  testnamnden-t1-2020.txt:206",
        "                                       (lägre är bättre)             före: testnamnden-t1-2019.txt:20",
      ].join("\n"),
    );
    expect(text).toContain(
      "  Nämnden totalt  101,5  1 242,0    +1 140,5  -1,5 → 0,6           testnamnden-t1-2020.txt:1841",
    );
  });

  it("says so when nothing is loaded", () => {
    expect(digestParts(buildDigest([]))).toEqual([
      { kind: "title", heading: "Tertialdigest", lines: [], table: false },
      {
        kind: "section",
        heading: "Inga rapporter",
        lines: ["Det finns inga inlästa rapporter för urvalet."],
        table: false,
      },
    ]);
  });
});
