import { describe, expect, it } from "vitest";
import { cleanQuestion } from "../src/question-text.ts";

describe("cleanQuestion", () => {
  it.each([
    ["<@UBOT0001> vilka indikatorer är försenade?", { kind: "question", text: "vilka indikatorer är försenade?" }],
    ["<@UBOT0001>", { kind: "empty" }],
    ["   <@UBOT0001>   ", { kind: "empty" }],
    ["<@UBOT0001> :tada: :+1: 🎉", { kind: "no-words" }],
    ["<@UBOT0001> ???", { kind: "no-words" }],
    ["<@UBOT0001> hur går det för <@U0000ANN|anna>?", { kind: "question", text: "hur går det för @anna?" }],
    ["<!channel> budget <#C0000GEN|general>", { kind: "question", text: "@channel budget #general" }],
    ["<!subteam^S123|@chefer> mål", { kind: "question", text: "@@chefer mål" }],
    [
      "se <https://example.com|länken> &lt;b&gt;fet&lt;/b&gt; &amp; mer",
      { kind: "question", text: "se länken <b>fet</b> & mer" },
    ],
    ["budget\n\n  Norrmalm\tT2", { kind: "question", text: "budget Norrmalm T2" }],
  ])("%j", (raw, expected) => {
    expect(cleanQuestion(raw, "UBOT0001")).toEqual(expected);
  });

  it("refuses 10 kB of text with its length", () => {
    expect(cleanQuestion(`<@UBOT0001> ${"a".repeat(10_240)}`, "UBOT0001")).toEqual({
      kind: "too-long",
      length: 10_240,
    });
  });

  it("keeps a mention of someone else when the bot's id is unknown", () => {
    expect(cleanQuestion("<@UBOT0001> mål", undefined)).toEqual({ kind: "question", text: "@UBOT0001 mål" });
  });
});
