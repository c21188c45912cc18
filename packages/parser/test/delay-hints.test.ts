import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DELAY_PHRASES, findDelayHint } from "../src/formats/delay-hints.ts";

/** findDelayHint as one pattern with a look-behind: the rule the match-then-check search must give exactly. */
const REFERENCE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${DELAY_PHRASES.join("|")})(?![\\p{L}\\p{N}])`, "iu");

describe("findDelayHint", () => {
  it.each([
    ["a phrase as printed", "Arbetet har skjutits fram till hösten.", "skjutits fram"],
    ["inside a longer word it is no phrase", "Oskjutits fram", null],
    ["a later phrase after one inside a word", "Oförsenad men sedan försenad.", "försenad"],
    ["after a digit it is no phrase", "2försenad", null],
    ["after a letter outside the basic plane it is no phrase", "𝐀försenad försenat", "försenat"],
    ["case is ignored", "INTE PÅBÖRJATS", "INTE PÅBÖRJATS"],
    ["no text", null, null],
  ])("%s", (_what, text, expected) => {
    expect(findDelayHint(text)).toBe(expected);
  });

  it("equals the look-behind pattern for any text", () => {
    const piece = fc.constantFrom(
      "försenad",
      "skjuts upp",
      "inte påbörjats",
      "pausats",
      "lagts ned",
      "a",
      "Ö",
      "1",
      " ",
      ".",
      "𝐀",
      "\ud835",
      "\udc00",
      "ſ",
      "K",
      "kan inte genomföras",
      "ställs in",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(findDelayHint(text)).toBe(REFERENCE.exec(text)?.[0] ?? null);
      }),
      { numRuns: 4000 },
    );
  });
});
