import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeLines } from "../src/decode-lines.ts";
import { hasCyrillic } from "../src/text/markup.ts";
import { hasControlCharacters } from "../src/report-checks.ts";
import { splitLines } from "../src/text/source-lines.ts";

/** What readReportFile did with the whole decoded text: the lines and facts decodeLines must give exactly. */
function wholeText(bytes: Buffer): { lines: string[]; hasControlCharacters: boolean; hasCyrillic: boolean } {
  const body = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  return { lines: splitLines(body), hasControlCharacters: hasControlCharacters(body), hasCyrillic: hasCyrillic(body) };
}

describe("decodeLines", () => {
  it.each([
    ["an empty file", ""],
    ["one line without a line break", "Nämndmål:"],
    ["a final line break", "a\nb\n"],
    ["CRLF line breaks and a lone CR", "a\r\nb\rc\r\n"],
    ["one BOM", "\uFEFFÖvrigt\n"],
    ["two BOMs", "\uFEFF\uFEFFÖvrigt\n"],
    ["a third BOM stays", "\uFEFF\uFEFF\uFEFFx"],
    ["Cyrillic and a control character", "drogsцен\n\u0007\n"],
  ])("%s", (_what, text) => {
    const bytes = Buffer.from(text, "utf8");
    expect(decodeLines(bytes, 4)).toEqual(wholeText(bytes));
    expect(decodeLines(bytes)).toEqual(wholeText(bytes));
  });

  it("gives null for bytes that are not UTF-8", () => {
    expect(decodeLines(Buffer.from([0x61, 0xc3, 0x28]))).toBeNull();
    expect(decodeLines(Buffer.from([0xed, 0xa0, 0x80]))).toBeNull();
  });

  it("equals decoding the whole text for any text and piece size", () => {
    const piece = fc.constantFrom(
      "\n",
      "\r\n",
      "\r",
      "\uFEFF",
      "a",
      "å",
      "–",
      "ц",
      "𝐀",
      "\t",
      "\u0001",
      " ",
      "Tertial 1 2017",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 1, max: 40 }), (pieces, size) => {
        const bytes = Buffer.from(pieces.join(""), "utf8");
        expect(decodeLines(bytes, size)).toEqual(wholeText(bytes));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("hasControlCharacters", () => {
  it("is true exactly for text holding a character of the binary class, around every code unit", () => {
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      const expected = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(char);
      if (hasControlCharacters(`ab${char}cd`) !== expected || hasControlCharacters(char) !== expected)
        expect([code, !expected]).toEqual([code, expected]);
    }
    expect(hasControlCharacters("")).toBe(false);
  });
});
