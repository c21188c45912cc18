import { copyFileSync } from "node:fs";
import { loadPaths } from "@tertial/loader";
import { openDatabase, repoPath } from "@tertial/store";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createAskCommand } from "../src/commands/ask.ts";
import { makeWorkspace, makeWorkspaceWithReport, noLoad, run } from "./cli-harness.ts";

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

  it("gives the status rule in --json as the same record, English keys and real numbers, in a Swedish or an English question", async () => {
    const ruleOf = async (question: string) => {
      const result = await run([createAskCommand(noLoad)], ["ask", question, "--json", "--db", "t.db"], ws.path);
      const answer = JSON.parse(result.out) as {
        language: string;
        items: { statusReason: string; facts: { rule: unknown } }[];
      };
      return [answer.language, answer.items[0]?.statusReason, answer.items[0]?.facts.rule];
    };
    const rule = {
      kind: "numbers",
      basis: "forecast",
      compared: {
        value: { raw: "6,5 %", value: 6.5, unit: "%" },
        target: { raw: "5,5 %", value: 5.5, unit: "%" },
        relation: "above",
        reaches: false,
      },
      direction: "lower",
      outcomeShortOfTarget: null,
      alignedByRule: false,
    };
    expect([
      await ruleOf("vad är sjukfrånvaron i Socialnämnden T1 2020?"),
      await ruleOf("what is the sick leave in Socialnämnden T1 2020?"),
    ]).toEqual([
      ["sv", "prognos 6,5 % > årsmål 5,5 % (lägre är bättre)", rule],
      ["en", "forecast 6,5 % > target 5,5 % (lower is better)", rule],
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

describe("tertial ask on a wrapped-layout report", () => {
  let real: ReturnType<typeof makeWorkspace>;
  beforeAll(async () => {
    real = makeWorkspace();
    copyFileSync(repoPath("data/reports/socialnamnden-t1-2017.txt"), real.file("reports/socialnamnden-t1-2017.txt"));
    const db = openDatabase(real.file("t.db"));
    try {
      await loadPaths(db, [real.file("reports")], { workers: 0 });
    } finally {
      db.close();
    }
  }, 120_000);
  afterAll(() => real.remove());

  const ask = (...flags: string[]) =>
    run(
      [createAskCommand(noLoad)],
      ["ask", "aktivt medskapandeindex socialnämnden 2017", ...flags, "--db", "t.db"],
      real.path,
    );

  it("cites the row from its first name line to its values line, in text, JSON and CSV", async () => {
    const text = await ask();
    expect(text.out).toContain("källa: socialnamnden-t1-2017.txt:3872–3875");
    const json = JSON.parse((await ask("--json")).out) as { items: { name: string; source: unknown }[] };
    expect(json.items.find((item) => item.name === "Aktivt Medskapandeindex")?.source).toEqual({
      file: "socialnamnden-t1-2017.txt",
      line: 3872,
      endLine: 3875,
    });
    expect((await ask("--csv")).out).toContain("socialnamnden-t1-2017.txt:3872–3875");
  });
});
