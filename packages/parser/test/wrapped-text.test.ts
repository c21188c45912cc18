import { describe, expect, it } from "vitest";
import { hasMarkedLineBreaks } from "../src/text/line-breaks.ts";
import { joinWrappedLines } from "../src/formats/wrapped/wrapped-text.ts";

describe("joinWrappedLines", () => {
  it.each([
    [
      "a line ending in a space keeps the space",
      ["Andel ungdomar i ", "sysselsättning (UT). "],
      "Andel ungdomar i sysselsättning (UT).",
    ],
    ["a word broken without a hyphen is re-joined", ["(Familjerådgivninge", "n). "], "(Familjerådgivningen)."],
    ["a KF text broken inside a word is re-joined", ["tas fram ", "av ", "nämnd", "en "], "tas fram av nämnden"],
    [
      "a line-end hyphen is kept and the break dropped",
      ["pilotprojekt skola-", "socialtjänst "],
      "pilotprojekt skola-socialtjänst",
    ],
    ["a hyphen before a digit joins a range", ["Sjukfrånvaro dag 1-", "14 "], "Sjukfrånvaro dag 1-14"],
    [
      "a suspended compound before och keeps the space",
      ["trygghets- ", "och brottsförebyggande "],
      "trygghets- och brottsförebyggande",
    ],
    [
      "a suspended compound before eller keeps the space even when unmarked",
      ["jour-", "eller familjehemmet "],
      "jour- eller familjehemmet",
    ],
    ["a free-standing dash keeps its spaces", ["augusti - ", "december "], "augusti - december"],
    [
      "empty lines and inner runs of spaces vanish",
      [" Andel kunder med ", "", "ska upprättas /  revideras "],
      "Andel kunder med ska upprättas / revideras",
    ],
  ])("%s", (_what, lines, expected) => {
    expect(joinWrappedLines(lines, true)).toBe(expected);
  });

  it("keeps the space at every unmarked break when the file does not mark word ends", () => {
    expect(joinWrappedLines(["(Familjerådgivninge", "n).", "LSS-", "boende"], false)).toBe(
      "(Familjerådgivninge n). LSS-boende",
    );
  });
});

describe("hasMarkedLineBreaks", () => {
  it("is true when most non-blank lines end in a space", () => {
    expect(hasMarkedLineBreaks(["a ", "b ", "", "nämnd", "en "])).toBe(true);
  });

  it("is false for trimmed text", () => {
    expect(hasMarkedLineBreaks(["a", "b ", "c", ""])).toBe(false);
  });
});
