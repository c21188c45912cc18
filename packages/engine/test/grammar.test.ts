import { describe, expect, it } from "vitest";
import { editDistance } from "../src/text/edit-distance.ts";
import { findPeriods, formatPeriodFilter, parsePeriodFilter } from "../src/query/periods.ts";
import { detectLanguage } from "../src/text/language.ts";
import { capQuestion, foldKey, lowerKey, wordsOf } from "../src/text/normalise.ts";

describe("foldKey", () => {
  it.each([
    ["Vilka indikatorer är FÖRSENADE?", "vilka indikatorer ar forsenade"],
    ["mål 1.2.1.", "mal 1.2.1"],
    ["Enskede-Årsta-Vantörs", "enskede-arsta-vantors"],
    ["  T1,2020 ", "t1 2020"],
  ])("%s → %s", (text, key) => expect(foldKey(text)).toBe(key));

  it("keeps å ä ö in lowerKey", () => expect(lowerKey("Sjukfrånvaron?")).toBe("sjukfrånvaron"));
});

describe("capQuestion", () => {
  it("keeps a short question, collapsing whitespace", () =>
    expect(capQuestion("  vad  är\tdet? ")).toEqual({ text: "vad är det?", shortened: false }));
  it("cuts an overlong question at a space within 500 characters", () => {
    const capped = capQuestion(`${"ord ".repeat(200)}slut`);
    expect([capped.shortened, capped.text.length <= 500, capped.text.endsWith("ord")]).toEqual([true, true, true]);
  });
});

describe("findPeriods", () => {
  const periods = (text: string) => findPeriods(wordsOf(foldKey(text))).map(formatPeriodFilter);
  it.each([
    ["sjukfrånvaro T1 2020", ["T1 2020"]],
    ["tertial 2 2021", ["T2 2021"]],
    ["t1-2017 till t1-2020", ["T1 2017", "T1 2020"]],
    ["VB 2021", ["VB 2021"]],
    ["verksamhetsberättelsen 2019", ["VB 2019"]],
    ["what about T2?", ["T2"]],
    ["och 2017?", ["2017"]],
    ["annual report 2019", ["VB 2019"]],
    ["Socialnämnden's 2017 T1 report", ["T1 2017"]],
    ["2019 VB och T2 2021", ["VB 2019", "T2 2021"]],
    ["T1 2017 T2", ["T1 2017", "T2"]],
    ["mål 1.2.1", []],
  ])("%s → %j", (text, expected) => expect(periods(text)).toEqual(expected));

  it("reads back what it writes", () =>
    expect(["T1 2020", "2017", "T2", "x"].map(parsePeriodFilter)).toEqual([
      { kind: "T1", year: 2020 },
      { kind: null, year: 2017 },
      { kind: "T2", year: null },
      null,
    ]));
});

describe("detectLanguage", () => {
  it.each([
    ["vilka indikatorer är försenade", "sv"],
    ["which indicators are off track", "en"],
    ["prognos for feriejobb", "sv"],
    ["what about T2", "en"],
  ])("%s → %s", (text, language) => expect(detectLanguage(wordsOf(lowerKey(text)))).toBe(language));

  it("falls back to the conversation's language on a tie", () => expect(detectLanguage(["t2"], "en")).toBe("en"));
});

describe("editDistance", () => {
  it.each([
    ["sjkufranvaro", "sjukfranvaro", {}, 1],
    ["franvaro", "sjukfranvaro", { anywhereIn: true }, 0],
    ["stadsdelsnamd", "stadsdelsnamnd", {}, 1],
    ["abc", "xyz", {}, 2],
  ] as const)("%s → %s", (a, b, options, distance) => expect(editDistance(a, b, 1, options)).toBe(distance));
});
