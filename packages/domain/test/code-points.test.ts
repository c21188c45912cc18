import { describe, expect, it } from "vitest";
import { codePointBefore, codeUnits, isLetterOrDigit } from "../src/index.ts";

describe("isLetterOrDigit", () => {
  it("agrees with /[\\p{L}\\p{N}]/u on ASCII, Swedish letters, marks, symbols, astral letters and lone surrogates", () => {
    const samples = [
      "a",
      "Z",
      "0",
      "9",
      " ",
      "-",
      "_",
      "å",
      "Ö",
      "é",
      "\u0301",
      "²",
      "½",
      "–",
      "€",
      "ж",
      "𝐀",
      "😀",
      "\ud835",
      "\udc00",
    ];
    for (const sample of samples) {
      const point = sample.codePointAt(0) ?? -1;
      expect([sample, isLetterOrDigit(point)]).toEqual([sample, /^[\p{L}\p{N}]$/u.test(sample)]);
    }
    expect(isLetterOrDigit(-1)).toBe(false);
  });
});

describe("codePointBefore and codeUnits", () => {
  it("reads the code point ending at an index, whole surrogate pairs included, never before the floor", () => {
    const text = "a𝐀b";
    expect([
      codePointBefore(text, 0),
      codePointBefore(text, 1),
      codePointBefore(text, 3),
      codePointBefore(text, 4),
    ]).toEqual([-1, 0x61, 0x1d400, 0x62]);
    expect(codePointBefore(text, 3, 2)).toBe(0xdc00); // the pair is cut by the floor: its low half
    expect(codePointBefore(text, 2, 2)).toBe(-1);
    expect([codeUnits(0x61), codeUnits(0xffff), codeUnits(0x1d400)]).toEqual([1, 1, 2]);
  });
});
