import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { knownFirstNormalisedChar, normalise, normalisedPrefix } from "../src/text/normalised-text.ts";

describe("normalise", () => {
  it("lower-cases, turns runs of other characters into one space and trims", () => {
    expect(normalise("  1.2 Uppföljning av EKONOMI ..... 70 ")).toBe("1 2 uppföljning av ekonomi 70");
  });
});

describe("normalisedPrefix", () => {
  it.each([
    [
      "a long line is cut after the length",
      "Övrigt om verksamheten under året som gick, med många fler ord efter",
      10,
      "övrigt om ",
    ],
    ["leading punctuation and markup are skipped", "- **Kvalitetsarbete** och annat", 20, "kvalitetsarbete och "],
    ["a short line gives all of its normalised text", "Övrigt.", 30, "övrigt"],
    [
      "a final capital sigma is lower-cased as at the end of a word",
      "ΟΔΟΣ och mer text som följer efter ordet",
      4,
      "οδος",
    ],
    ["a capital sigma beyond the heading's length still reads right", `${"a".repeat(60)} ΟΔΟΣ`, 5, "aaaaa"],
    ["a capital I with dot gives i and a space (its combining dot is no letter)", "İnvesteringar", 6, "i nves"],
    ["letters outside the basic plane stay whole (two code units each)", "𝐀𝐁 text", 6, "𝐀𝐁 t"],
    ["a run of separators reaching past the first part of the line", `Ab${" .".repeat(80)}cd`, 5, "ab cd"],
    ["an empty line", "", 8, ""],
  ])("%s", (_what, text, length, expected) => {
    expect(normalisedPrefix(text, length)).toBe(expected);
    expect(normalisedPrefix(text, length)).toBe(normalise(text).slice(0, length));
  });

  it("equals normalise(text).slice(0, length) for any text", () => {
    const char = fc.oneof(
      fc.constantFrom(
        "a",
        "Ö",
        "å",
        "Σ",
        "σ",
        "İ",
        "1",
        " ",
        ".",
        "-",
        "\t",
        "\u00a0",
        "\u0307",
        "𝐀",
        "\ud835",
        "ǅ",
        "Ⅻ",
      ),
      fc.string({ unit: "grapheme", maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 300 }), fc.integer({ min: 0, max: 120 }), (chars, length) => {
        const text = chars.join("");
        expect(normalisedPrefix(text, length)).toBe(normalise(text).slice(0, length));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("knownFirstNormalisedChar", () => {
  it.each([
    ["Övrigt", null],
    ["Kvalitetsarbete", "k"],
    ["2. Mål", "2"],
    ["- punkt", null],
    ["", null],
  ])("%s", (text, expected) => {
    expect(knownFirstNormalisedChar(text)).toBe(expected);
  });

  it("is the first character of normalise(text) whenever it is known", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 20 }),
        fc.constantFrom("", "A", "z", "5", "Σ"),
        (text, head) => {
          const first = knownFirstNormalisedChar(head + text);
          if (first !== null) expect(normalise(head + text).charAt(0)).toBe(first);
        },
      ),
    );
  });
});
