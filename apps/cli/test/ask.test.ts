import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAskCommand } from "../src/commands/ask.ts";
import { type makeWorkspace, makeWorkspaceWithReport, noLoad, run } from "./cli-harness.ts";

let ws: ReturnType<typeof makeWorkspace>;

beforeEach(async () => {
  ws = await makeWorkspaceWithReport();
});
afterEach(() => ws.remove());

describe("tertial ask", () => {
  it("prints the JSON answer with --json", async () => {
    const result = await run(
      [createAskCommand(noLoad)],
      ["ask", "vilka rapporter finns?", "--json", "--db", "t.db"],
      ws.path,
    );
    const answer = JSON.parse(result.out) as Record<string, unknown>;
    expect([result.code, Object.keys(answer), answer["intent"], answer["language"]]).toEqual([
      0,
      ["question", "language", "intent", "scope", "answerText", "items", "suggestions"],
      "reports",
      "sv",
    ]);
  });

  it("answers nonsense politely with exit code 0", async () => {
    const result = await run([createAskCommand(noLoad)], ["ask", "blorp", "zzzk", "--db", "t.db"], ws.path);
    expect([result.code, result.out.split("\n")[0]]).toEqual([0, 'Hittade inget i rapporterna om "blorp zzzk".']);
  });

  it("says the question was shortened when it is longer than 500 characters", async () => {
    const result = await run([createAskCommand(noLoad)], ["ask", `${"hmm ".repeat(200)}`, "--db", "t.db"], ws.path);
    expect(result.out).toContain("Frågan var längre än 500 tecken och kortades.");
  });

  it("wants a question", async () => {
    const result = await run([createAskCommand(noLoad)], ["ask", "--db", "t.db"], ws.path);
    expect([result.code, result.err.split("\n")[0]]).toEqual([
      2,
      'tertial ask: give a question, e.g. tertial ask "vilka mål uppfylls delvis?"',
    ]);
  });
});
