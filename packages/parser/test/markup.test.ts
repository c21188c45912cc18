import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasConfusables, mapConfusables, plainText, stripMarkup } from "../src/text/markup.ts";

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
        if (stripMarkup(raw) !== stripMarkupReference(raw))
          expect([code, stripMarkup(raw)]).toEqual([code, stripMarkupReference(raw)]);
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

const CONFUSABLES_REFERENCE: Readonly<Record<string, string>> = {
  а: "a",
  в: "b",
  е: "e",
  ё: "ë",
  к: "k",
  м: "m",
  н: "n",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  ц: "c",
  і: "i",
  ј: "j",
  ѕ: "s",
  һ: "h",
  ԁ: "d",
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "O",
  Р: "P",
  С: "C",
  Т: "T",
  Х: "X",
  І: "I",
  Ј: "J",
  Ѕ: "S",
};
const MIXED_SCRIPT_WORD_REFERENCE =
  /[\p{L}\p{M}]*(?:\p{Script=Latin}[\p{L}\p{M}]*\p{Script=Cyrillic}|\p{Script=Cyrillic}[\p{L}\p{M}]*\p{Script=Latin})[\p{L}\p{M}]*/gu;

describe("mapConfusables and hasConfusables", () => {
  it.each([
    ["a Cyrillic ending of a Swedish word", "drogsцен och mer", "drogscen och mer", true],
    ["Cyrillic text stays Cyrillic", "Привет мир", "Привет мир", false],
    ["a Latin numeral next to Cyrillic letters joins them", "abcⅫдеф", "abcⅫдeф", true],
    ["no Cyrillic letter", "Övrigt", "Övrigt", false],
  ])("%s", (_what, text, mapped, has) => {
    expect(mapConfusables(text)).toBe(mapped);
    expect(hasConfusables(text)).toBe(has);
  });

  it("equal the whole-text pattern for any text", () => {
    const piece = fc.constantFrom(
      "a",
      "Ö",
      "с",
      "ц",
      "Б",
      "Ⅻ",
      "҂",
      "\u0301",
      "\u0483",
      " ",
      "-",
      ".",
      "1",
      "𝐀",
      "\ud835",
      "\udc00",
      "ǅ",
      "ꙮ",
      "drogs",
      "цен",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join("");
        const expected = /\p{Script=Cyrillic}/u.test(text)
          ? text.replace(MIXED_SCRIPT_WORD_REFERENCE, (word) =>
              [...word].map((char) => CONFUSABLES_REFERENCE[char] ?? char).join(""),
            )
          : text;
        expect(mapConfusables(text)).toBe(expected);
        MIXED_SCRIPT_WORD_REFERENCE.lastIndex = 0;
        const has = /\p{Script=Cyrillic}/u.test(text) && MIXED_SCRIPT_WORD_REFERENCE.test(text);
        MIXED_SCRIPT_WORD_REFERENCE.lastIndex = 0;
        expect(hasConfusables(text)).toBe(has);
      }),
      { numRuns: 5000 },
    );
  });
});
