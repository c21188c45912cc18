import { describe, expect, it } from "vitest";
import { isPeriodComplete, isPeriodFragment, parseValuesLineB } from "../src/formats/wrapped/values-line.ts";

const dots = (text: string): string => text.replaceAll("·", " ");

describe("parseValuesLineB", () => {
  it.each([
    // S17:336 five leading spaces = five empty cells
    ["·····80·%··Halvår·", null, [null, null, null, null, null, "80 %", null], "Halvår"],
    // S17:1397 a run of three spaces = two empty cells
    [
      "43,1·%···39,5·%·35·%·35·%·35·%·Tertial·",
      null,
      ["43,1 %", null, null, "39,5 %", "35 %", "35 %", "35 %"],
      "Tertial",
    ],
    // S17:3875 a bare year is the Period only after seven cells
    ["80·79·80···80·83·2017·", null, ["80", "79", "80", null, null, "80", "83"], "2017"],
    // S17:3083 "8 500 st" is one cell, "2017" the Period
    ["···11··5·st·8·500·st·2017·", null, [null, null, null, "11", null, "5 st", "8 500 st"], "2017"],
    // S17:2831 percent without sign and without space
    ["···28,31··40·%·40%·2017·", null, [null, null, null, "28,31", null, "40 %", "40%"], "2017"],
    // S17:3319 band targets with and without a space, name printed on the values line
    [
      "··Nämndens····-1·%··+/-1·%·+/-·1·%·2017·",
      "Nämndens",
      [null, null, null, "-1 %", null, "+/-1 %", "+/- 1 %"],
      "2017",
    ],
    // S17:2941 an indented name with a hyphen on the values line
    ["·Nöjd·Kund-Index····74··72··2017·", "Nöjd Kund-Index", [null, null, null, "74", null, "72", null], "2017"],
  ])("reads %j", (line, namePrefix, cells, period) => {
    expect(parseValuesLineB(dots(line))).toEqual({ namePrefix, cells, kfIsText: false, period, parseCount: 1 });
  });

  it.each([
    // S17:2351 `735 1 100 1 100` could be 3, 4 or 5 cells; only three fit the seven-cell row
    ["649···735·1·100·1·100·tas·fram·", null, ["649", null, null, "735", "1 100", "1 100", "tas fram"]],
    // S17:1523 `2 420 st` is not `2` + `420 st`, and `st` never starts the KF text
    [
      "Antal·hemlösa····2·420·st··2·850·st·tas·fram·",
      "Antal hemlösa",
      [null, null, null, "2 420 st", null, "2 850 st", "tas fram"],
    ],
    // S17:3908 the name is the only text before the first value
    [
      "Sjukfrånvaro·6,2·%·5,1·6,7·5,9·%·5,5·%·5,5·%·tas·fram·",
      "Sjukfrånvaro",
      ["6,2 %", "5,1", "6,7", "5,9 %", "5,5 %", "5,5 %", "tas fram"],
    ],
    // S17:3928 four spaces = three empty cells
    ["1,76·%····1,6·%·1,6·%·tas·fram·", null, ["1,76 %", null, null, null, "1,6 %", "1,6 %", "tas fram"]],
    // S17:3885 a word broken at the line end has no trailing space
    ["·····84·fastställ", null, [null, null, null, null, null, "84", "fastställ"]],
    // S17:4561 upper-case KF text
    ["·····33·%·Tas·", null, [null, null, null, null, null, "33 %", "Tas"]],
  ])("reads six cells and a textual KF target in %j", (line, namePrefix, cells) => {
    expect(parseValuesLineB(dots(line))).toEqual({ namePrefix, cells, kfIsText: true, period: null, parseCount: 1 });
  });

  it("splits a Period printed after the KF text on the same line", () => {
    expect(parseValuesLineB("1 2 3 4 5 6 tas fram av nämnden Tertial 1 2017 ")).toMatchObject({
      cells: ["1", "2", "3", "4", "5", "6", "tas fram av nämnden"],
      period: "Tertial 1 2017",
    });
  });

  it("keeps all empty trailing cells when the line ends in spaces", () => {
    expect(parseValuesLineB("1,5 %       ")).toEqual({
      namePrefix: null,
      cells: ["1,5 %", null, null, null, null, null, null],
      kfIsText: false,
      period: null,
      parseCount: 1,
    });
  });

  it("counts every reading when the cell count does not decide", () => {
    // 5|5|5|5|5|5 100 + no Period, or 5|5|5|5|5|5|100 + Period 2017
    const result = parseValuesLineB("5 5 5 5 5 5 100 2017 ");
    expect(result?.parseCount).toBe(2);
  });

  it.each([
    ["a name line", "Antal·tillhandahållna·"],
    ["a Period continuation", "1·2017·"],
    ["a name fragment that is a number", "14·"],
    ["a row separator", "·"],
    ["seven empty cells and nothing else", "·······"],
    ["six cells and a Period (the seventh cell is missing)", "1·2·3·4·5·6·Tertial·"],
    ["too many cells", "1·2·3·4·5·6·7·8·9·"],
    ["prose with numbers", "54·%·av·de·uppmärksammade·männen·och·57·%·av·kvinnorna·"],
  ])("returns null for %s", (_what, line) => {
    expect(parseValuesLineB(dots(line))).toBeNull();
  });
});

describe("isPeriodFragment", () => {
  it.each([
    ["Tertial", true],
    ["1 2017", true],
    ["Halvår 1 2017", true],
    ["2017", true],
    ["VB 2016", true],
    ["tas fram", false],
    ["80 %", false],
    ["s 2017", false],
  ])("%j → %s", (text, expected) => {
    expect(isPeriodFragment(text)).toBe(expected);
  });
});

describe("isPeriodComplete", () => {
  it.each([
    ["Tertial", false],
    ["Tertial 1 2017", true],
    ["2017", true],
  ])("%j → %s", (text, expected) => {
    expect(isPeriodComplete(text)).toBe(expected);
  });
});
