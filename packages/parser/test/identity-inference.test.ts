import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inferPeriod } from "../src/identity/identity-inference.ts";
import { toSourceLines } from "../src/text/source-lines.ts";

/** inferPeriod on the whole joined text: the rules the line-by-line search must give exactly. */
function inferPeriodReference(raws: readonly string[]): ReturnType<typeof inferPeriod> {
  const text = toSourceLines(raws)
    .map((line) => line.text)
    .join(" ")
    .replace(/\s+/g, " ");
  const count = (pattern: RegExp, key: (groups: Record<string, string | undefined>) => string): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const match of text.matchAll(pattern))
      counts.set(key(match.groups ?? {}), (counts.get(key(match.groups ?? {})) ?? 0) + 1);
    return counts;
  };
  const top = (counts: Map<string, number>): { key: string; count: number } | null => {
    let best: { key: string; count: number } | null = null;
    for (const [key, n] of counts) if (best === null || n > best.count) best = { key, count: n };
    return best;
  };
  const tertial = top(count(/\bTertial (?<n>[123]) (?<year>\d{4})\b/g, (g) => `${g["n"]} ${g["year"]}`));
  if (tertial !== null) {
    const [n, year] = tertial.key.split(" ");
    return {
      value: { kind: n === "1" ? "T1" : n === "2" ? "T2" : "VB", year: Number(year) },
      evidence: `${tertial.count} × "Tertial ${tertial.key}" in indicator Period cells`,
    };
  }
  const annual = top(
    count(/(?<!utfall )\b(?:VB|Verksamhetsberättelse(?: VB)?) (?<year>\d{4})\b/g, (g) => g["year"] ?? ""),
  );
  return annual === null
    ? null
    : { value: { kind: "VB", year: Number(annual.key) }, evidence: `${annual.count} × "VB ${annual.key}"` };
}

describe("inferPeriod", () => {
  it.each([
    ["cells on one line", ["Tertial 1 2017", "x", "Tertial 1 2017", "Tertial 2 2016"], "T1", 2017],
    ["a cell broken over lines and blank lines", ["Andel  Tertial", "", "2", "  2021 "], "T2", 2021],
    ["a year that runs on is no cell", ["Tertial 1 20175", "Tertial 3 2018"], "VB", 2018],
    ["a word before Tertial is no cell", ["XTertial 1 2017 VB 2019"], "VB", 2019],
  ])("%s", (_what, raws, kind, year) => {
    expect(inferPeriod(toSourceLines(raws))?.value).toEqual({ kind, year });
  });

  it("equals the search in the whole joined text", () => {
    const token = fc.constantFrom(
      "Tertial",
      "Tertial ",
      " Tertial",
      "XTertial",
      "1",
      "2",
      "3",
      "4",
      " ",
      "  ",
      "\t",
      "2017",
      "2018",
      "20171",
      "VB",
      "utfall",
      "-",
      "<b>",
      "**",
      "Verksamhetsberättelse",
      "a",
    );
    const line = fc
      .tuple(fc.array(token, { maxLength: 6 }), fc.constantFrom("", " "))
      .map(([tokens, separator]) => tokens.join(separator));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (raws) => {
        expect(inferPeriod(toSourceLines(raws))).toEqual(inferPeriodReference(raws));
      }),
      { numRuns: 3000 },
    );
  });
});
