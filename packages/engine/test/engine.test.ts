import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { deleteReport, listReports, openDatabase } from "@tertial/store";
import { Answer, ConversationState, createEngine, renderText } from "../src/index.ts";
import {
  NORRMALM_2021,
  SOC_2017,
  SOC_2020,
  makeFixtureDb,
  saveFixtureAs,
  saveFixtureReports,
} from "./engine-fixture.ts";

const engine = createEngine(makeFixtureDb());

describe("createEngine().ask", () => {
  it.each(["", "   ", "???", "x".repeat(2000), "DROP TABLE report; --", "\"'*%_", "mål 99.99.99", "T9 3000"])(
    "never throws and answers valid JSON for %j",
    (question) => {
      const { answer, state } = engine.ask(question);
      expect([
        Answer.safeParse(answer).success,
        ConversationState.safeParse(JSON.parse(JSON.stringify(state))).success,
      ]).toEqual([true, true]);
    },
  );

  it("treats an empty question as a request for help", () => {
    expect(engine.ask("  ").answer.answerText.split("\n").slice(0, 2)).toEqual([
      "Frågan var tom.",
      "Jag svarar på frågor om de inlästa tertialrapporterna, med källa (fil och rad) för varje siffra. Exempel:",
    ]);
  });

  it("shortens an overlong question and says so", () => {
    const { answer } = engine.ask(`vilka indikatorer är försenade ${"x ".repeat(400)}`);
    expect([answer.question.length <= 500, answer.intent, answer.notes?.at(-1)]).toEqual([
      true,
      "indicator-list",
      "Frågan var längre än 500 tecken och kortades.",
    ]);
  });

  it("says which period 'this tertial' was, lists the off-track indicators and counts those at risk", () => {
    const { answer } = engine.ask("vilka indikatorer är försenade för soc?");
    expect([answer.lead, answer.items.map((item) => [item.name, item.status]), answer.notes]).toEqual([
      ["2 indikatorer med status ej i fas eller ej uppnått i Socialnämnden T1 2020 (senaste inlästa rapporten):"],
      [
        ["Sjukfrånvaro", "off-track"],
        ["Antal hemlösa", "off-track"],
      ],
      ['Dessutom 1 indikator med risk (fråga "vilka indikatorer är i riskzonen?").'],
    ]);
    expect(answer.computed).toEqual([{ label: "indikatorer", value: 2, method: "count", of: [0, 1] }]);
  });

  it("says so when none is at risk, and what the others are", () => {
    const { answer } = engine.ask("vilka indikatorer har risk i norrmalm?");
    expect([answer.lead, answer.notes, answer.items]).toEqual([
      ["Inga indikatorer med status risk i Norrmalms stadsdelsnämnd T2 2021 (senaste inlästa rapporten)."],
      ["Av 2 indikatorer: 1 ej i fas, 1 i fas."],
      [],
    ]);
  });

  it("translates the status rule in English answers and keeps quoted report text", () => {
    const { answer } = engine.ask("which indicators are off track for soc T1 2020?");
    expect(answer.items.map((item) => item.statusReason)).toEqual([
      "forecast 6,5 % > target 5,5 % (lower is better)",
      "forecast 2 900 st > target 2 850 st (lower is better)",
    ]);
  });

  it("says a named committee is not loaded and offers the names that hold the other words", () => {
    const { answer } = engine.ask("sjukfrånvaro bromma");
    expect([answer.intent, answer.lead, answer.suggestions[0]]).toEqual([
      "not-understood",
      ["Bromma stadsdelsnämnd har ingen inläst rapport."],
      "Sjukfrånvaro",
    ]);
    // "Did you mean" offers only names that share a word with the question.
    expect(engine.ask("vad blir vädret i morgon").answer.suggestions).toEqual([]);
  });

  it("keeps the subject for follow-ups and changes only the scope", () => {
    const first = engine.ask("prognos för feriejobb Norrmalm");
    const second = engine.ask("och för soc?", first.state);
    expect([
      second.answer.intent,
      second.answer.scope,
      second.answer.items.map((item) => `${item.source.file}:${item.source.line}`),
    ]).toEqual([
      "indicator-lookup",
      { organisations: ["Socialnämnden"], periods: ["T1 2020"], periodIsDefault: true },
      ["soc-t1-2020.txt:216"],
    ]);
  });

  it("re-reads the catalogue on refresh()", () => {
    const db = makeFixtureDb();
    const own = createEngine(db);
    db.exec("DELETE FROM report");
    own.refresh();
    expect(own.ask("vilka rapporter finns?").answer.lead).toEqual([
      "Inga rapporter är inlästa. Läs in dem med: npm run -s tertial -- load data/reports",
    ]);
  });

  it("sees reports that another connection adds or deletes, without refresh()", () => {
    const dir = mkdtempSync(join(tmpdir(), "tertial-engine-"));
    const path = join(dir, "t.db");
    const writer = saveFixtureReports(openDatabase(path), 1);
    const reader = openDatabase(path, { readonly: true });
    try {
      const own = createEngine(reader);
      const files = () => own.ask("vilka rapporter finns?").answer.items.map((item) => item.source.file);
      expect(files()).toEqual(["soc-t1-2017.txt"]);
      saveFixtureReports(writer);
      expect(files()).toEqual(["soc-t1-2017.txt", "soc-t1-2020.txt", "norrmalm-t2-2021.txt"]);
      expect(own.ask("vilka indikatorer är försenade i Norrmalm?").answer.scope.periods).toEqual(["T2 2021"]);
      deleteReport(
        writer,
        listReports(writer).find((report) => report.sourceFile === "norrmalm-t2-2021.txt")?.id ?? -1,
      );
      expect(files()).toEqual(["soc-t1-2017.txt", "soc-t1-2020.txt"]);
    } finally {
      reader.close();
      writer.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("what an engine keeps between questions", () => {
  it("builds the changes and reads the rows again when the reports change", () => {
    const dir = mkdtempSync(join(tmpdir(), "tertial-engine-"));
    const path = join(dir, "t.db");
    const writer = saveFixtureReports(openDatabase(path), 1);
    const reader = openDatabase(path, { readonly: true });
    try {
      const own = createEngine(reader, { cacheSize: 0 });
      const changes = () => own.ask("vad har ändrats sedan förra rapporten?").answer.lead;
      const offTrack = () =>
        own
          .ask("vilka indikatorer är försenade i socialnämnden?")
          .answer.items.map((item) => `${item.source.file}:${item.source.line}`);
      expect([changes(), offTrack()]).toEqual([["Socialnämnden T1 2017: ingen tidigare rapport att jämföra med."], []]);
      saveFixtureReports(writer);
      expect([changes(), offTrack()]).toEqual([
        [
          "Norrmalms stadsdelsnämnd T2 2021: ingen tidigare rapport att jämföra med.",
          "Socialnämnden T1 2017 → T1 2020: 2 blev ej i fas, 0 ny risk, 0 återhämtade, 0 mål med ändrad bedömning, 2 nya avvikelser bland aktiviteterna.",
        ],
        ["soc-t1-2020.txt:1650", "soc-t1-2020.txt:1523"],
      ]);
    } finally {
      reader.close();
      writer.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the overview of more than three organisations", () => {
  it("lists one summary per organisation's latest report, most indicators behind first, without budgets or indicators", () => {
    const db = openDatabase(":memory:");
    saveFixtureAs(db, SOC_2017, "Arbetsmarknadsnämnden", "amn.txt", "a");
    saveFixtureAs(db, NORRMALM_2021, "Bromma stadsdelsnämnd", "bromma.txt", "b");
    saveFixtureAs(db, SOC_2020, "Farsta stadsdelsnämnd", "farsta.txt", "c");
    saveFixtureAs(db, SOC_2017, "Kulturnämnden", "kultur.txt", "d");
    saveFixtureAs(db, SOC_2020, "Kulturnämnden", "kultur-2020.txt", "e");
    const { answer } = createEngine(db).ask("hur går det?");
    expect([
      answer.intent,
      answer.lead,
      answer.items.map((item) => [item.kind, item.name, item.source.file, item.values["indikatorer"]]),
      answer.notes,
    ]).toEqual([
      "overview",
      [
        "Läget i 4 rapporter (varje nämnds senaste inlästa rapport):",
        "Flest indikatorer ej i fas eller ej uppnådda först.",
      ],
      [
        ["report", "Farsta stadsdelsnämnd T1 2020", "farsta.txt", "4 (2 ej i fas, 1 risk, 1 i fas)"],
        ["report", "Kulturnämnden T1 2020", "kultur-2020.txt", "4 (2 ej i fas, 1 risk, 1 i fas)"],
        ["report", "Bromma stadsdelsnämnd T2 2021", "bromma.txt", "2 (1 ej i fas, 1 i fas)"],
        ["report", "Arbetsmarknadsnämnden T1 2017", "amn.txt", "2 (1 i fas, 1 okänd status)"],
      ],
      ["Nämn en nämnd för dess budget och indikatorerna som inte når målet."],
    ]);
    db.close();
  });
});

describe("renderText", () => {
  it("prints a trend as a table with a sparkline, oldest first, each status with its rule", () => {
    const text = renderText(engine.ask("sjukfrånvaro över tid för soc").answer);
    expect(text.split("\n").slice(-7)).toEqual([
      "Period   utfall  prognos  årsmål  status       regel                         källa",
      "-------  ------  -------  ------  -----------  ----------------------------  --------------------",
      "T1 2017   6,2 %    5,5 %   5,5 %  🟢 i fas     prognos 5,5 % = årsmål 5,5 %  soc-t1-2017.txt:3908",
      "                                               (lägre är bättre)",
      "T1 2020   5,4 %    6,5 %   5,5 %  🔴 ej i fas  prognos 6,5 % > årsmål 5,5 %  soc-t1-2020.txt:1650",
      "                                               (lägre är bättre)",
      "utfall: █▁  (T1 2017 → T1 2020)",
    ]);
  });

  it("words a comparison's rules in English for an English question", () => {
    const text = renderText(engine.ask("compare sick leave over time for soc").answer);
    expect(text).toContain("forecast 6,5 % > target 5,5 %");
    expect(text).not.toMatch(/lägre är bättre|årsmål|prognos/);
  });

  it("shows the first 15 items and counts the rest", () => {
    const { answer } = engine.ask("vilka rapporter finns?");
    const many = {
      ...answer,
      items: Array.from({ length: 40 }, () => answer.items[0]).filter((item) => item !== undefined),
    };
    const text = renderText(many);
    expect([
      text.split("\n• ").length - 1,
      text.includes("… och 25 till (40 totalt; alla finns med --json, eller fråga snävare)."),
    ]).toEqual([15, true]);
  });

  it("prints answerText as it is for answers built without lead lines", () => {
    expect(
      renderText({
        question: "q",
        language: "sv",
        intent: "help",
        scope: { organisations: [], periods: [], periodIsDefault: false },
        answerText: "hej",
        items: [],
        suggestions: [],
      }),
    ).toBe("hej");
  });
});
