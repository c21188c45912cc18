import { createEngine, type Engine } from "@tertial/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commonQuestion, questionsFor, shortName } from "../src/common-questions.ts";
import { suggestedPrompts } from "../src/messages/assistant-messages.ts";
import { readReportOverview, type ReportOverview } from "../src/report-overview.ts";
import { createReportsDb, type TempDb } from "./bot-harness.ts";

/** The questions behind App Home's buttons and the assistant's prompts, asked of the real engine on data/reports. */
let temp: TempDb;
let engine: Engine;
let overview: ReportOverview;

beforeAll(async () => {
  temp = await createReportsDb();
  engine = createEngine(temp.db);
  overview = readReportOverview(temp.db);
});

afterAll(() => temp.remove());

describe("the common questions per loaded organisation", () => {
  it("offers what each organisation's reports can answer", () => {
    // Budget row counts follow the parser as it improves; that both reports have a budget is fixed by the files.
    expect(
      overview.organisations.map((org) => [
        org.organisation,
        org.latestPeriod,
        org.latestRank,
        org.offTrack,
        org.budgetLines > 0,
        questionsFor(org),
      ]),
    ).toEqual([
      ["Norrmalms stadsdelsnämnd", "T2 2021", 20212, 13, true, ["off-track", "budget", "overview"]],
      ["Socialnämnden", "T1 2020", 20201, 4, true, ["off-track", "budget", "changes", "overview"]],
    ]);
  });

  it("gets an answer with items, scoped to the organisation, for every question offered", () => {
    const asked = overview.organisations.flatMap((org) =>
      questionsFor(org).map((kind) => {
        const { answer } = engine.ask(commonQuestion(kind, org.organisation));
        return [answer.question, answer.intent, answer.scope.organisations, answer.items.length > 0];
      }),
    );
    expect(asked).toEqual([
      ["Vilka indikatorer är ej i fas för Norrmalm?", "indicator-list", ["Norrmalms stadsdelsnämnd"], true],
      ["Vad blir budgetresultatet för Norrmalm?", "budget", ["Norrmalms stadsdelsnämnd"], true],
      ["Hur går det för Norrmalm?", "overview", ["Norrmalms stadsdelsnämnd"], true],
      ["Vilka indikatorer är ej i fas för Socialnämnden?", "indicator-list", ["Socialnämnden"], true],
      ["Vad blir budgetresultatet för Socialnämnden?", "budget", ["Socialnämnden"], true],
      ["Vad har ändrats i Socialnämnden sedan förra rapporten?", "changes", ["Socialnämnden"], true],
      ["Hur går det för Socialnämnden?", "overview", ["Socialnämnden"], true],
    ]);
  });
});

describe("the assistant's suggested prompts", () => {
  it("are four questions from the loaded reports, each answered by the engine with items", () => {
    const prompts = suggestedPrompts(overview);
    expect(prompts).toEqual([
      { title: "Ej i fas i Norrmalm", message: "Vilka indikatorer är ej i fas för Norrmalm?" },
      { title: "Budgetresultat för Norrmalm", message: "Vad blir budgetresultatet för Norrmalm?" },
      { title: "Ändringar i Socialnämnden", message: "Vad har ändrats i Socialnämnden sedan förra rapporten?" },
      { title: "Läget i Socialnämnden", message: "Hur går det för Socialnämnden?" },
    ]);
    for (const prompt of prompts) {
      const { answer } = engine.ask(prompt.message);
      expect(answer.items.length, prompt.message).toBeGreaterThan(0);
      // Every item carries its source.
      expect(
        answer.items.every((item) => item.source.file !== "" && item.source.line > 0),
        prompt.message,
      ).toBe(true);
    }
  });

  it("are none when nothing is loaded, and skip what an organisation cannot answer", () => {
    expect(suggestedPrompts({ reportCount: 0, organisations: [] })).toEqual([]);
    const alone = {
      organisation: "Farsta stadsdelsnämnd",
      reportCount: 1,
      latestPeriod: "T1 2024",
      offTrack: 0,
      budgetLines: 0,
      latestRank: 20241,
    };
    expect(suggestedPrompts({ reportCount: 1, organisations: [alone] })).toEqual([
      { title: "Läget i Farsta", message: "Hur går det för Farsta?" },
    ]);
  });
});

describe("shortName", () => {
  it("names a stadsdelsnämnd by its whole district and leaves other organisations whole", () => {
    expect(
      ["Norrmalms stadsdelsnämnd", "Rinkeby-Kista stadsdelsnämnd", "Älvsjö stadsdelsnämnd", "Socialnämnden"].map(
        shortName,
      ),
    ).toEqual(["Norrmalm", "Rinkeby-Kista", "Älvsjö", "Socialnämnden"]);
  });
});
