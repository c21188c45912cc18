import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainText, stripMarkup } from "../src/markup.ts";

/** stripMarkup as one chain of replacements: the rules the guarded version must give exactly. */
function stripMarkupReference(raw: string): string {
  const entities: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
  const text = raw
    .replace(/[\u00a0\u2007\u2009\u202f]/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_match, name: string) => entities[name] ?? " ")
    .replace(/\uf0b7\s*/g, "- ");
  if (/^[\s\-–|:]*-{3,}[\s\-–|:]*$/.test(text)) return "";
  return text
    .replace(/^\s*#{1,6}(?=\s|$)/, "")
    .replace(/\*\*|__/g, "")
    .replace(/(^|[\s("'])\*(?=\S)([^*]*?\S)\*(?=$|[\s)"'.,:;!?])/g, "$1$2")
    .replace(/^\s*[*•]\s+/, "- ")
    .replace(/\\([\\`*_#.\-+!()[\]])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

const piece = fc.oneof(
  fc.constantFrom(" ", "  ", "\t", "\u00a0", "\u202f", "\u2009", "\u3000", "\ufeff", "\u2028"),
  fc.constantFrom("<b>", "</b>", "<", ">", "&amp;", "&lt;b&gt;", "&nbsp;", "&quot;", "&", "\uf0b7", "\uf0b7 "),
  fc.constantFrom("#", "## ", "###### ", "####### ", "*", "**", "_", "__", "•", "- ", "-", "---", "–", "|", ":"),
  fc.constantFrom("\\", "\\*", "\\_", "\\#", "\\.", "(", ")", '"', "'", ".", ",", "!", "?"),
  fc.constantFrom("Analys", "mål", "Övrigt", "1 242,6", "2020-05-26", "a", "Б"),
);

describe("stripMarkup", () => {
  it.each([
    ["tags, entities and emphasis", "<b>Analys</b> &amp; *kursiv* och **fet**", "Analys & kursiv och fet"],
    ["a heading mark and a bullet", "## Övrigt", "Övrigt"],
    ["a Symbol-font bullet", "\uf0b7\tpunkt", "- punkt"],
    ["a table separator", "|---|:--|", ""],
    ["an escaped star", "5 \\* 3", "5 * 3"],
  ])("%s", (_what, raw, expected) => {
    expect(stripMarkup(raw)).toBe(expected);
  });

  it("equals the chain of replacements around every character of the basic plane", () => {
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      for (const raw of [`a${char}b`, `a ${char} b`, `${char}${char}`]) {
        if (stripMarkup(raw) !== stripMarkupReference(raw)) expect([code, stripMarkup(raw)]).toEqual([code, stripMarkupReference(raw)]);
      }
    }
  });

  it("equals the chain of replacements for any mix of markup", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const raw = pieces.join("");
        expect(stripMarkup(raw)).toBe(stripMarkupReference(raw));
        expect(plainText(raw)).toBe(stripMarkupReference(raw).replace(/^-\s+/, ""));
      }),
      { numRuns: 5000 },
    );
  });
});
