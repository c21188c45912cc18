import { describe, expect, it } from "vitest";
import { GoalId, Indicator } from "@tertial/domain";
import { scanTabbedIndicators } from "../src/formats/tabbed/indicator-table.ts";
import {
  countByGoalLevel,
  createFormatAContext,
  createReportContextA,
  fixtureLinesA,
  parseRealReport,
} from "./tabbed-context.ts";

const S20 = "socialnamnden-t1-2020.txt";
const N21 = "norrmalm-t2-2021.txt";
const s20 = createReportContextA(S20);
const n21 = createReportContextA(N21);
const s20Indicators = scanTabbedIndicators(s20);
const n21Indicators = scanTabbedIndicators(n21);
const s20At = (line: number) => s20Indicators.find((indicator) => indicator.source.line === line);
const n21At = (line: number) => n21Indicators.find((indicator) => indicator.source.line === line);
const m = (raw: string, value: number | null, unit: string | null = null) => ({ raw, value, unit });

describe("scanTabbedIndicators on S20", () => {
  it("finds 44 indicators, 30 under KF goals and 14 under nämndmål, without a warning", () => {
    expect(s20Indicators).toHaveLength(44);
    expect(s20Indicators.filter((indicator) => indicator.goalId.startsWith("area@"))).toHaveLength(30);
    expect(s20Indicators.filter((indicator) => indicator.goalId.startsWith("committee@"))).toHaveLength(14);
    expect(s20.warnings).toEqual([]);
  });

  it("attaches an analysis to 26 indicators and aligns every row exactly", () => {
    expect(s20Indicators.filter((indicator) => indicator.analysis !== null)).toHaveLength(26);
    expect(s20Indicators.filter((indicator) => indicator.alignment !== "exact")).toEqual([]);
    expect(new Set(s20Indicators.map((indicator) => indicator.previousLabel))).toEqual(new Set(["VB 2019"]));
  });

  it("keeps ♀ as a glyph on exactly three rows", () => {
    expect(
      s20Indicators
        .filter((indicator) => indicator.glyph !== null)
        .map((indicator) => [indicator.source.line, indicator.glyph]),
    ).toEqual([
      [835, "♀"],
      [836, "♀"],
      [838, "♀"],
    ]);
    expect(s20At(835)?.name).toBe("Andel ungdomar som har fullföljt sin ungdomstjänst (Framtid Stockholm).");
  });

  it("reads S20:206 with empty men/women/previous cells", () => {
    expect(s20At(206)).toEqual({
      goalId: "area@136",
      name: "Andel barn som lever i familjer som har ekonomiskt bistånd",
      glyph: null,
      outcome: m("0,3 %", 0.3, "%"),
      outcomeMen: null,
      outcomeWomen: null,
      previousOutcome: null,
      previousLabel: "VB 2019",
      forecast: m("0,3 %", 0.3, "%"),
      annualTarget: m("2,7 %", 2.7, "%"),
      kfAnnualTarget: m("2,7 %", 2.7, "%"),
      period: "Tertial 1 2020",
      analysis: "Siffran avser Intro Stockholm.",
      alignment: "exact",
      source: { file: S20, line: 206 },
    });
  });

  it("reads S20:216, whose KF target 9 000 st has a thousands space", () => {
    expect(s20At(216)).toMatchObject({
      name: "Antal ungdomar som fått feriejobb i stadens regi",
      outcome: m("0 st", 0, "st"),
      previousOutcome: m("10 st", 10, "st"),
      forecast: m("10", 10),
      annualTarget: m("10 st", 10, "st"),
      kfAnnualTarget: m("9 000 st", 9000, "st"),
    });
  });

  it("reads S20:1650 Sjukfrånvaro with a textual KF target", () => {
    expect(s20At(1650)).toMatchObject({
      goalId: "area@1434",
      name: "Sjukfrånvaro",
      outcome: m("5,4 %", 5.4, "%"),
      outcomeMen: m("4,4 %", 4.4, "%"),
      outcomeWomen: m("5,8 %", 5.8, "%"),
      previousOutcome: m("5,2 %", 5.2, "%"),
      forecast: m("6,5 %", 6.5, "%"),
      annualTarget: m("5,5 %", 5.5, "%"),
      kfAnnualTarget: m("Tas fram av nämnd/ styrelse", null),
      period: "Tertial 1 2020",
    });
    expect(s20At(1650)?.analysis).toMatch(/^Sjukfrånvaro befaras öka under året/);
  });

  it("joins the name continued after the repeated header at S20:981-982", () => {
    expect(s20At(977)?.name).toBe(
      "Andel uppmärksammade personer som har kontakt med ordinarie hjälpsystem (Stockholms stad) socialjour, Uppsökarteamet).",
    );
    expect(s20At(977)?.analysis).toMatch(/^Uppsökarteamets bild är att kvinnorna/);
    expect(s20At(982)).toBeUndefined();
  });

  it("reads the analysis printed on the line after a bare <b>Analys</b> row (S20:1333-1334)", () => {
    expect(s20At(1332)?.analysis).toBe(
      "Förvaltningens utfall för tertial 1 är 52,77 % vilket är en ökning från utfallet vid verksamhetsberättelsen 2019 då utfallet låg på 49 %. Förvaltningen räknar med att nå målvärdet under året.",
    );
  });

  it("reads a band target and a text KF target (S20:1415, S20:302)", () => {
    expect(s20At(1415)).toMatchObject({
      previousOutcome: m("-5 %", -5, "%"),
      annualTarget: m("+/- 1 %", 1, "%"),
      period: "2020",
    });
    expect(s20At(302)).toMatchObject({
      annualTarget: m("90 %", 90, "%"),
      kfAnnualTarget: m("Faststälts 2020", null),
      outcome: null,
    });
  });
});

describe("scanTabbedIndicators on N21", () => {
  it("finds 90 indicators, 72 under KF goals and 18 under nämndmål, 31 with an analysis", () => {
    expect(n21Indicators).toHaveLength(90);
    expect(n21Indicators.filter((indicator) => indicator.goalId.startsWith("area@"))).toHaveLength(72);
    expect(n21Indicators.filter((indicator) => indicator.goalId.startsWith("committee@"))).toHaveLength(18);
    expect(n21Indicators.filter((indicator) => indicator.analysis !== null)).toHaveLength(31);
  });

  it("flags exactly the short rows with a leading empty cell as low alignment, with one warning each", () => {
    const lowLines = [555, 556, 557, 751, 753, 754, 756, 757, 758, 1034, 1035, 1036, 1039];
    expect(
      n21Indicators.filter((indicator) => indicator.alignment === "low").map((indicator) => indicator.source.line),
    ).toEqual(lowLines);
    expect(n21.warnings.map((warning) => warning.line)).toEqual(lowLines);
    expect(n21.warnings[0]?.message).toBe(
      "indicator row has 7 value cells instead of 8; columns aligned from the right",
    );
  });

  it("keeps ♀ and ◆ as glyphs", () => {
    expect(
      n21Indicators
        .filter((indicator) => indicator.glyph !== null)
        .map((indicator) => [indicator.source.line, indicator.glyph]),
    ).toEqual([
      [267, "♀"],
      [448, "♀"],
      [475, "♀"],
      [1104, "♀"],
      [1105, "♀"],
      [1570, "◆"],
    ]);
  });

  it("reads N21:267 (♀ stripped from the name)", () => {
    expect(n21At(267)).toEqual({
      goalId: "committee@248",
      name: "Antal personer med avslutad etableringsersättning som inte är självförsörjande och aktualiseras inom enheten för ekonomiskt bistånd",
      glyph: "♀",
      outcome: m("0", 0),
      outcomeMen: m("0 %", 0, "%"),
      outcomeWomen: m("0 %", 0, "%"),
      previousOutcome: m("55", 55),
      previousLabel: "VB 2020",
      forecast: m("15", 15),
      annualTarget: m("30", 30),
      kfAnnualTarget: null,
      period: "Tertial 2 2021",
      analysis: null,
      alignment: "exact",
      source: { file: N21, line: 267 },
    });
  });

  it("right-aligns N21:555 (13,7 barn/avd.)", () => {
    expect(n21At(555)).toMatchObject({
      name: "Antal barn per grupp",
      outcome: m("13,7 barn/avd.", 13.7, "barn/avd."),
      outcomeMen: null,
      outcomeWomen: null,
      previousOutcome: m("13,9 barn/avd.", 13.9, "barn/avd."),
      forecast: m("16 st", 16, "st"),
      annualTarget: m("16", 16),
      kfAnnualTarget: m("16", 16),
      period: "Tertial 2 2021",
      alignment: "low",
    });
  });

  it("right-aligns N21:1039 with two leading empty cells (Max 10 personer)", () => {
    expect(n21At(1039)).toMatchObject({
      name: "Antal personal en hemtjänsttagare med minst två besök om dagen möter under en 14-dagarsperiod",
      outcome: null,
      previousOutcome: m("11,9", 11.9),
      forecast: null,
      annualTarget: m("10", 10),
      kfAnnualTarget: m("Max 10 personer", 10, "personer"),
      period: "2021",
      alignment: "low",
    });
    expect(n21At(1039)?.analysis).toMatch(/^Kontinuitetsmätning för den kommunala hemtjänsten/);
  });

  it("reads N21:751 with the text KF target öka", () => {
    expect(n21At(751)).toMatchObject({
      previousOutcome: m("83 %", 83, "%"),
      annualTarget: m("97 %", 97, "%"),
      kfAnnualTarget: m("öka", null),
      period: "2021",
    });
  });

  it.each([
    [
      744,
      "Andel barn och ungdomar anmälda för brott som tillsammans med föräldrar eller vårdnadshavare kallats till samtal med socialtjänsten inom 48 timmar",
    ],
    [
      775,
      "Brukarens upplevelse av trygghet - LSS-boende, vuxna och barn (stöd och service till personer med funktionsnedsättning)",
    ],
    [
      1098,
      "Andel äldre som upplever att det oftast eller alltid är ungefär samma personer som utför hjälpen inom hemtjänst.",
    ],
  ])("joins the lower-case name fragment after the repeated header to N21:%i", (line, name) => {
    expect(n21At(line)?.name).toBe(name);
  });

  it("reads N21:744's values and its analysis after the continued name", () => {
    expect(n21At(744)).toMatchObject({
      outcome: m("8 %", 8, "%"),
      annualTarget: m("86 %", 86, "%"),
      kfAnnualTarget: m("Tas fram av nämnd", null),
    });
    expect(n21At(744)?.analysis).toMatch(/^Det är problematiskt att uppfylla detta uppdrag/);
  });

  it("starts a new indicator at an upper-case full row after a repeated header (N21:238)", () => {
    expect(n21At(238)).toMatchObject({
      name: "Antal tillhandahållna platser för Stockholmsjobb",
      outcome: m("9", 9),
      annualTarget: m("40 st", 40, "st"),
    });
    expect(n21At(233)?.name).toBe("Antal tillhandahållna platser för feriejobb");
    expect(n21At(238)?.analysis).toMatch(/^Antalet erbjudna tjänster har tydligt varierat/);
  });

  it("gives an Analys row printed after a repeated header to the indicator above the page break (N21:548 ← 553-554)", () => {
    expect(n21At(548)?.analysis).toMatch(
      /^Förvaltningens resultat avseende kommunfullmäktiges indikator jag är som helhet nöjd med mitt barn förskola, har minskat/,
    );
  });

  it("reads N21:1570 ◆ with a <p>-wrapped analysis", () => {
    expect(n21At(1570)).toMatchObject({
      goalId: "committee@1555",
      name: "Andel elektroniska inköp",
      glyph: "◆",
      previousOutcome: m("65,9 %", 65.9, "%"),
      annualTarget: m("65 %", 65, "%"),
      kfAnnualTarget: null,
      period: "2021",
    });
    expect(n21At(1570)?.analysis).toMatch(/^Rapporten gjordes om i början av året .* inom förvaltningen\.$/);
  });

  it("keeps the subscript unit of N21:1379", () => {
    expect(n21At(1379)?.kfAnnualTarget).toEqual(m("1,80 kg CO ₂ per kg livsmedel", 1.8, "kg CO₂ per kg livsmedel"));
  });
});

describe("scanTabbedIndicators through parseReport (the parser's own goal owners)", () => {
  it.each([
    [S20, 44, { area: 30, committee: 14 }, 26],
    [N21, 90, { area: 72, committee: 18 }, 31],
  ])("reads %s: %i indicators by goal level, with analyses", (file, total, byLevel, withAnalysis) => {
    const report = parseRealReport(file);
    expect(report.indicators).toHaveLength(total);
    expect(countByGoalLevel(report, report.indicators)).toEqual(byLevel);
    expect(report.indicators.filter((indicator) => indicator.analysis !== null)).toHaveLength(withAnalysis);
  });
});

describe("scanTabbedIndicators output", () => {
  it("satisfies the domain Indicator schema (before status) for every row of S20 and N21", () => {
    const draftSchema = Indicator.omit({ direction: true, status: true, statusRule: true }).strict();
    const invalid = [...s20Indicators, ...n21Indicators].filter(
      (indicator) => !draftSchema.safeParse(indicator).success,
    );
    expect(invalid).toEqual([]);
  });
});

describe("scanTabbedIndicators on inline fixtures", () => {
  const header =
    "Indikator⇥Periodens utfall⇥Utfall män/ pojkar⇥Utfall kvinn or/ flickor⇥Perio dens utfall VB 2022⇥Prognoss helår⇥Arsmål⇥KF:s årsmål⇥Period";

  it("maps columns by position whatever the header says and reads the previous-year label", () => {
    const ctx = createFormatAContext(
      fixtureLinesA(`${header}\n··Antal besök⇥12⇥5⇥7⇥30⇥40⇥45 st⇥Tas fram av nämnd⇥Tertial 1 2023`),
    );
    expect(scanTabbedIndicators(ctx)).toEqual([
      {
        goalId: "g1",
        name: "Antal besök",
        glyph: null,
        outcome: m("12", 12),
        outcomeMen: m("5", 5),
        outcomeWomen: m("7", 7),
        previousOutcome: m("30", 30),
        previousLabel: "VB 2022",
        forecast: m("40", 40),
        annualTarget: m("45 st", 45, "st"),
        kfAnnualTarget: m("Tas fram av nämnd", null),
        period: "Tertial 1 2023",
        analysis: null,
        alignment: "exact",
        source: { file: "fixture.txt", line: 2 },
      },
    ]);
  });

  it("warns and skips a row that no goal owns, without giving its analysis to another row", () => {
    const lines = fixtureLinesA(`${header}\nA⇥1⇥⇥⇥⇥⇥2⇥⇥2023\nAnalys Om A.⇥⇥⇥⇥⇥⇥⇥⇥\nB⇥3⇥⇥⇥⇥⇥4⇥⇥2023`);
    const ctx = createFormatAContext(lines, { ownerAt: (line) => (line === 2 ? null : GoalId.parse("g2")) });
    const indicators = scanTabbedIndicators(ctx);
    expect(indicators.map((indicator) => [indicator.name, indicator.analysis])).toEqual([["B", null]]);
    expect(ctx.warnings).toEqual([{ line: 2, message: 'indicator "A" is not under any goal; skipped' }]);
  });

  it("ends the table at a prose paragraph but keeps tab-less analysis text that directly follows an Analys row", () => {
    const lines = fixtureLinesA(
      `${header}\nA⇥1⇥⇥⇥⇥⇥2⇥⇥2023\n<b>Analys</b> Första meningen.\nandra raden utan tabbar.\n\nEtt nytt stycke prosa.\nB⇥3⇥⇥⇥⇥⇥4⇥⇥2023`,
    );
    const indicators = scanTabbedIndicators(createFormatAContext(lines));
    expect(indicators.map((indicator) => [indicator.name, indicator.analysis])).toEqual([
      ["A", "Första meningen. andra raden utan tabbar."],
    ]);
  });

  it("ends the table at a boundary line and at an activity header", () => {
    const lines = fixtureLinesA(
      `${header}\nA⇥1⇥⇥⇥⇥⇥2⇥⇥2023\nNämndmål: 1.1.1 X\nB⇥3⇥⇥⇥⇥⇥4⇥⇥2023\n${header}\nC⇥1⇥⇥⇥⇥⇥2⇥⇥2023\nAktivitet⇥Startdatum⇥Slutdatum⇥Avvikelse\nD⇥3⇥⇥⇥⇥⇥4⇥⇥2023`,
    );
    const ctx = createFormatAContext(lines, { isBoundary: (line) => line === 3 });
    expect(scanTabbedIndicators(ctx).map((indicator) => indicator.name)).toEqual(["A", "C"]);
  });

  it("continues an analysis across a repeated header and drops empty trailing cells beyond the eighth", () => {
    const lines = fixtureLinesA(
      `${header}\nA⇥1⇥⇥⇥⇥⇥2⇥⇥2023⇥⇥\nAnalys⇥Början av⇥⇥⇥⇥⇥⇥⇥\n\n·\n${header}\nslutet av texten.⇥⇥⇥⇥⇥⇥⇥⇥`,
    );
    const ctx = createFormatAContext(lines);
    expect(scanTabbedIndicators(ctx)).toMatchObject([
      { name: "A", analysis: "Början av slutet av texten.", alignment: "exact", period: "2023" },
    ]);
    expect(ctx.warnings).toEqual([]);
  });

  it("reads a row whose name starts with Analys as an indicator when it has values", () => {
    const lines = fixtureLinesA(
      `${header}\nA⇥1⇥⇥⇥⇥⇥2⇥⇥2023\nAnalys Om A.⇥⇥⇥⇥⇥⇥⇥⇥\nAnalys av ärenden⇥5⇥⇥⇥⇥⇥6⇥⇥2023\n◆ Bara namn⇥⇥⇥⇥⇥⇥⇥⇥`,
    );
    expect(
      scanTabbedIndicators(createFormatAContext(lines)).map((indicator) => [
        indicator.name,
        indicator.glyph,
        indicator.analysis,
      ]),
    ).toEqual([
      ["A", null, "Om A."],
      ["Analys av ärenden", null, null],
      ["Bara namn", "◆", null],
    ]);
  });

  it("warns about an Analys row that has no indicator above it", () => {
    const ctx = createFormatAContext(fixtureLinesA(`${header}\nAnalys Ingen rad.⇥⇥⇥⇥⇥⇥⇥⇥`));
    expect(scanTabbedIndicators(ctx)).toEqual([]);
    expect(ctx.warnings).toEqual([{ line: 2, message: "Analys row without an indicator above it" }]);
  });
});
