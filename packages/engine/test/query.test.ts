import { describe, expect, it } from "vitest";
import { createOrganisationResolver } from "../src/catalogue/resolve-organisation.ts";
import { parseQuery } from "../src/query/parse-query.ts";
import { type Query, Query as QuerySchema } from "../src/query/query.ts";
import { matchAll, tokenize } from "../src/query/tokens.ts";
import { subjectStems } from "../src/text/subject-words.ts";

const ORGANISATIONS = createOrganisationResolver(["Socialnämnden", "Norrmalms stadsdelsnämnd"]);
const parse = (question: string) => parseQuery(question, ORGANISATIONS).query;
/** The parts of a query a row asserts: what it is about, its shape and the filters that are set. */
function summary(query: Query): Record<string, unknown> {
  const shape = "shape" in query ? query.shape : "question" in query ? query.question : null;
  const set = Object.entries(query.filters).filter(
    ([key, value]) =>
      key !== "searchWords" && value !== null && value !== false && !(Array.isArray(value) && value.length === 0),
  );
  return { about: query.about, shape, ...Object.fromEntries(set) };
}

describe("tokenize", () => {
  it("drops possessives and punctuation, keeps goal codes, dates and hyphenated words, folds å ä ö", () => {
    expect(tokenize("What is Norrmalm's sick leave in 1.2.1 (2020-06-30), KF-målet?").map((t) => t.fold)).toEqual([
      "what",
      "is",
      "norrmalm",
      "sick",
      "leave",
      "in",
      "1.2.1",
      "2020-06-30",
      "kf-malet",
    ]);
    expect(tokenize("program för 2021–2025, dag 1-14").map((t) => t.text)).toEqual([
      "program",
      "för",
      "2021-2025",
      "dag",
      "1-14",
    ]);
  });

  it("matches a term only as whole words or a marked prefix, never inside a word", () => {
    expect(matchAll(tokenize("mål som fastställda"), "fas")).toEqual([]);
    expect(matchAll(tokenize("är i fas nu"), "i fas")).toEqual([{ start: 1, end: 3 }]);
    expect(matchAll(tokenize("indikatorerna"), "indikator*")).toEqual([{ start: 0, end: 1 }]);
  });
});

describe("parseQuery: each recogniser", () => {
  it.each([
    // periods and organisations
    [
      "sjukfrånvaro norrmalm T2 2021",
      {
        about: "indicator",
        shape: "item",
        organisations: ["Norrmalms stadsdelsnämnd"],
        periods: [{ kind: "T2", year: 2021 }],
        words: ["sjukfrånvaro"],
      },
    ],
    [
      "socialnämndens tertialrapport 1 2017",
      { about: "overview", shape: null, organisations: ["Socialnämnden"], periods: [{ kind: "T1", year: 2017 }] },
    ],
    // statuses, with negation read before the positive phrase it holds
    ["vilka indikatorer är i fas?", { about: "indicator", shape: "list", statuses: ["on-track", "met"] }],
    [
      "which indicators will not reach the target?",
      { about: "indicator", shape: "list", statuses: ["off-track", "missed"] },
    ],
    ["vilka indikatorer har okänd status?", { about: "indicator", shape: "list", statuses: ["unknown"] }],
    // contrasts: what follows "rather than" is not asked
    [
      "which indicators are uncertain rather than clearly missed?",
      { about: "indicator", shape: "list", statuses: ["at-risk"] },
    ],
    // the analysis's own words, and comparisons with the target
    [
      "vilka indikatorer bedöms enligt analysen delvis nå målet?",
      { about: "indicator", shape: "list", statuses: ["at-risk"], fromAnalysis: true },
    ],
    [
      "vilka indikatorer har en prognos som är bättre än årsmålet?",
      { about: "indicator", shape: "list", comparison: "forecast-beats-target" },
    ],
    [
      "vilka indikatorer har redan nått årsmålet?",
      { about: "indicator", shape: "list", comparison: "outcome-reaches-target" },
    ],
    // counts, goal levels and codes: the level asked is the one below the named goal
    [
      "hur många indikatorer har Norrmalm?",
      { about: "indicator", shape: "count", organisations: ["Norrmalms stadsdelsnämnd"] },
    ],
    ["Vilka nämndmål finns under KF-målet 3.2?", { about: "goal", shape: "list", level: "committee", goalCode: "3.2" }],
    ["vilka KF-mål ligger under inriktningsmål 2?", { about: "goal", shape: "list", level: "area", goalCode: "2" }],
    [
      "vilka KF-mål för verksamhetsområdet saknar nämndmål?",
      { about: "goal", shape: "list", level: "area", childless: "committee" },
    ],
    [
      "how many committee goals are fully met?",
      { about: "goal", shape: "count", level: "committee", assessments: ["helt"] },
    ],
    // activities: dates take their years before periods do, orders and states
    [
      "vilka aktiviteter i 2017 års rapport startade före 2017?",
      {
        about: "activity",
        shape: "list",
        periods: [{ kind: null, year: 2017 }],
        dates: [{ field: "start", op: "before", value: "2017" }],
      },
    ],
    [
      "which activities have an end date of 2020-06-30?",
      { about: "activity", shape: "list", dates: [{ field: "end", op: "on", value: "2020-06-30" }] },
    ],
    ["vilken aktivitet har det tidigaste startdatumet?", { about: "activity", shape: "list" }],
    ["vilka aktiviteter pågår ▶?", { about: "activity", shape: "list", activityState: "ongoing" }],
    ["försenade aktiviteter", { about: "activity", shape: "list", deviating: true }],
    // why, themes, budget, requests, changes, comparisons
    ["varför är sjukfrånvaron hög?", { about: "passage", shape: "why", words: ["sjukfrånvaron"] }],
    ["vad gör nämnden mot hemlöshet?", { about: "passage", shape: "theme", words: ["hemlöshet"] }],
    ["hur stort underskott har socialnämnden?", { about: "budget", shape: "item", organisations: ["Socialnämnden"] }],
    [
      "vilka budgetjusteringar begär norrmalm?",
      { about: "request", shape: "list", organisations: ["Norrmalms stadsdelsnämnd"] },
    ],
    ["vad har ändrats sedan förra rapporten?", { about: "changes", shape: null }],
    [
      "jämför sjukfrånvaron mellan norrmalm och socialnämnden",
      {
        about: "indicator",
        shape: "compare",
        organisations: ["Socialnämnden", "Norrmalms stadsdelsnämnd"],
        words: ["sjukfrånvaron"],
      },
    ],
    // a Stockholm committee that is not loaded
    [
      "sjukfrånvaro bromma",
      { about: "indicator", shape: "item", unloaded: ["Bromma stadsdelsnämnd"], words: ["sjukfrånvaro"] },
    ],
  ])("%s", (question, expected) => {
    const query = parse(question);
    expect(QuerySchema.safeParse(query).success).toBe(true);
    expect(summary(query)).toEqual(expected);
  });

  it("is deterministic and names the order rule for the earliest start", () => {
    const query = parse("vilken aktivitet har det tidigaste startdatumet?");
    expect([
      query.about === "activity" ? query.order : null,
      parse("vilken aktivitet har det tidigaste startdatumet?"),
    ]).toEqual(["earliest-start", query]);
  });
});

describe("subjectStems", () => {
  it("maps staff's words onto the reports' vocabulary and strips Swedish endings", () => {
    expect(subjectStems(["sick", "leave"])).toEqual(["sjukfranvaro"]);
    expect(subjectStems(["IFO"])).toEqual(["individ", "och", "familjeomsorg"]);
    expect(subjectStems(["hemlösheten", "vfu-platser"])).toEqual(["hemlos", "vfu-plats", "vfu", "plats"]);
  });
});
