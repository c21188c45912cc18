import { describe, expect, it } from "vitest";
import { formatSwedishNumber, isBand, isCeiling, parseMeasure, parseSwedishNumber } from "../src/index.ts";

describe("parseSwedishNumber", () => {
  it.each([
    ["0,3", 0.3],
    ["1 242,6", 1242.6],
    ["1\u00a0242,6", 1242.6],
    ["212 902", 212902],
    ["-54,5", -54.5],
    ["\u22123,5", -3.5],
    ["+0,1", 0.1],
    ["1266,6", 1266.6],
    ["15.2", 15.2],
    ["-7,6*", -7.6],
    ["142,", 142],
  ])("reads %j as %d", (text, expected) => {
    expect(parseSwedishNumber(text)).toBe(expected);
  });

  it.each(["", "Tas fram av nämnd", "1 24", "12 3456", "öka", "-", "2020-01-01"])("rejects %j", (text) => {
    expect(parseSwedishNumber(text)).toBeNull();
  });
});

describe("parseMeasure", () => {
  it.each([
    ["9 000 st", { raw: "9 000 st", value: 9000, unit: "st" }],
    ["0,3 %", { raw: "0,3 %", value: 0.3, unit: "%" }],
    ["90%", { raw: "90%", value: 90, unit: "%" }],
    ["13,7 barn/avd.", { raw: "13,7 barn/avd.", value: 13.7, unit: "barn/avd." }],
    [
      "1,6 kg CO ₂ per kg livsmedel",
      { raw: "1,6 kg CO ₂ per kg livsmedel", value: 1.6, unit: "kg CO₂ per kg livsmedel" },
    ],
    ["1945 GWh", { raw: "1945 GWh", value: 1945, unit: "GWh" }],
    ["81", { raw: "81", value: 81, unit: null }],
    ["Max 10 personer", { raw: "Max 10 personer", value: 10, unit: "personer" }],
    ["+/- 1 %", { raw: "+/- 1 %", value: 1, unit: "%" }],
    ["+/-1 %", { raw: "+/-1 %", value: 1, unit: "%" }],
    ["-5 %", { raw: "-5 %", value: -5, unit: "%" }],
    ["Tas fram av nämnd/ styrelse", { raw: "Tas fram av nämnd/ styrelse", value: null, unit: null }],
    ["Fastställs 2017", { raw: "Fastställs 2017", value: null, unit: null }],
    ["öka", { raw: "öka", value: null, unit: null }],
    ["  5,4\u00a0%  ", { raw: "5,4 %", value: 5.4, unit: "%" }],
  ])("reads %j", (text, expected) => {
    expect(parseMeasure(text)).toEqual(expected);
  });

  it("returns null for an empty cell", () => {
    expect(parseMeasure("   ")).toBeNull();
    expect(parseMeasure(null)).toBeNull();
  });

  it("knows bands and ceilings", () => {
    expect(isBand(parseMeasure("+/- 1 %"))).toBe(true);
    expect(isBand(parseMeasure("-1 %"))).toBe(false);
    expect(isCeiling(parseMeasure("Max 10 personer"))).toBe(true);
    expect(isCeiling(parseMeasure("10 personer"))).toBe(false);
  });
});

describe("formatSwedishNumber", () => {
  it.each([
    [1242.6, "1 242,6"],
    [-3.5, "-3,5"],
    [212902, "212 902"],
    [0, "0"],
  ])("formats %d as %j", (value, expected) => {
    expect(formatSwedishNumber(value)).toBe(expected);
  });
});
