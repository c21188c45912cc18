import { createEngine } from "@tertial/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorkerEngine, type WorkerEngine } from "../src/worker-engine.ts";
import { createReportsDb, type TempDb } from "./bot-harness.ts";

let temp: TempDb;
let worker: WorkerEngine;
beforeAll(async () => {
  temp = await createReportsDb();
  worker = await startWorkerEngine(temp.path);
}, 120_000);
afterAll(async () => {
  await worker.close();
  temp.remove();
});

describe("the engine in a worker thread", () => {
  it.each([
    "vilka indikatorer är försenade?",
    "hur går det för Norrmalm?",
    "what is the sick leave in Socialnämnden T1 2020?",
  ])(
    "answers %s exactly as the engine in this thread does, with the conversation state",
    async (question) => {
      const here = createEngine(temp.db);
      const first = here.ask(question);
      expect(await worker.ask(question)).toEqual(first);
      expect(await worker.ask("och för T2?", first.state)).toEqual(here.ask("och för T2?", first.state));
    },
    60_000,
  );

  it("answers questions asked at once, each with its own answer", async () => {
    const questions = ["vilka mål uppfylls delvis?", "vilka rapporter finns?", "hur ser budgeten ut?"];
    const answers = await Promise.all(questions.map((question) => worker.ask(question)));
    expect(answers.map((result) => result.answer.question)).toEqual(questions);
    expect(answers.map((result) => result.answer.intent)).toEqual(["goal-list", "reports", "budget"]);
  }, 60_000);
});
