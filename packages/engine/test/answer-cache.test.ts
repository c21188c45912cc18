import { describe, expect, it } from "vitest";
import { AnswerCache } from "../src/answer-cache.ts";
import { createEngine } from "../src/index.ts";
import type { AskResult, ConversationState } from "../src/index.ts";
import { makeFixtureDb } from "./engine-fixture.ts";

const EMPTY: ConversationState = { organisations: [], periods: [], lastIntent: null, lastSubject: null };
const result = (question: string) => ({ answer: { question }, state: EMPTY }) as unknown as AskResult;

describe("AnswerCache", () => {
  it("keeps the most recently used entries up to its capacity", () => {
    const cache = new AnswerCache(2);
    const [a, b, c] = ["a", "b", "c"].map((q) => cache.key(q, EMPTY));
    cache.set(a ?? "", result("a"));
    cache.set(b ?? "", result("b"));
    expect(cache.get(a ?? "")?.answer.question).toBe("a"); // a is now the most recent
    cache.set(c ?? "", result("c")); // evicts b
    expect([
      cache.get(a ?? "") !== undefined,
      cache.get(b ?? "") !== undefined,
      cache.get(c ?? "") !== undefined,
      cache.size,
    ]).toEqual([true, false, true, 2]);
  });

  it("tells states apart and keeps nothing at capacity 0", () => {
    const cache = new AnswerCache(0);
    expect(cache.key("och för T2?", EMPTY)).not.toBe(
      cache.key("och för T2?", { ...EMPTY, organisations: ["Socialnämnden"] }),
    );
    cache.set(cache.key("x", EMPTY), result("x"));
    expect(cache.size).toBe(0);
  });
});

describe("createEngine's answer cache", () => {
  it("answers a repeated question in the same state from the cache, and only then", () => {
    const engine = createEngine(makeFixtureDb());
    const first = engine.ask("vilka indikatorer är försenade?");
    expect(engine.ask("vilka indikatorer är försenade?")).toBe(first);
    expect(engine.ask("vilka indikatorer är försenade?", first.state)).not.toBe(first);
    const uncached = createEngine(makeFixtureDb(), { cacheSize: 0 });
    const one = uncached.ask("vilka indikatorer är försenade?");
    const two = uncached.ask("vilka indikatorer är försenade?");
    expect([one === two, two.answer]).toEqual([false, first.answer]);
  });

  it("forgets cached answers on refresh()", () => {
    const engine = createEngine(makeFixtureDb());
    const first = engine.ask("vilka rapporter finns?");
    engine.refresh();
    const second = engine.ask("vilka rapporter finns?");
    expect([second === first, second.answer]).toEqual([false, first.answer]);
  });
});
