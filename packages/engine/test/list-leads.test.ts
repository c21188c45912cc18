import { describe, expect, it } from "vitest";
import { useRealReportsEngine } from "./real-reports-db.ts";

const engine = useRealReportsEngine();

/** A filtered count says of how many, and that these are the ones matching the question. */
describe("the lead of a filtered count", () => {
  it.each([
    [
      "how many activities started in 2019?",
      "7 activities of 262 match the question (6 unmarked, 1 with a deviation or delay).",
    ],
    [
      "hur många aktiviteter startade 2019?",
      "7 aktiviteter av 262 uppfyller frågan (6 utan markering, 1 med avvikelse eller försening).",
    ],
  ])("%s", (question, lead) => {
    const { answer } = engine.ask(question);
    expect(answer.lead?.[0]).toBe(lead);
    expect(answer.computed?.[0]).toMatchObject({ value: 7, method: "count" });
    expect(answer.items).toHaveLength(7);
  });
});

/** Two subject words printed together in a title are a phrase: those titles come before the rest. */
describe("a list about a two-word subject", () => {
  it("keeps the activities that hold the words as one phrase", () => {
    const { answer } = engine.ask("Vilka aktiviteter handlar om Bostad först i socialnämndens T1 2020?");
    expect(answer.items.map((item) => item.source.line)).toEqual([730, 1017]);
    expect(answer.items.every((item) => /Bostad först/.test(item.name))).toBe(true);
  });
});

/** No goal has the assessment asked for: the answer says which assessments there are to ask about. */
describe("a goal list with no goal of the assessment asked for", () => {
  it.each([
    ["vilka mål uppfylls inte i Norrmalm?", 'Det finns mål som uppfylls delvis: fråga "vilka mål uppfylls delvis?".'],
    ["Which goals in Norrmalm are not met?", 'Some goals are partially met: ask "which goals are partially met?".'],
  ])("%s", (question, note) => {
    const { answer } = engine.ask(question);
    expect(answer.items).toEqual([]);
    expect(answer.notes).toContain(note);
  });

  it("adds no such note when goals match", () => {
    const { answer } = engine.ask("which goals are partially met in Norrmalm?");
    expect(answer.items.map((item) => item.source.line)).toHaveLength(2);
    expect(answer.notes?.some((line) => line.startsWith("Some goals are"))).toBe(false);
  });
});
