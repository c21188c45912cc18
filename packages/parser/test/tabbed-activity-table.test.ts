import { describe, expect, it } from "vitest";
import { Activity, GoalId } from "@tertial/domain";
import { scanTabbedActivities } from "../src/formats/tabbed/activity-table.ts";
import { findDelayHint } from "../src/formats/delay-hints.ts";
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
const s20Activities = scanTabbedActivities(s20);
const n21Activities = scanTabbedActivities(n21);
const s20At = (line: number) => s20Activities.find((activity) => activity.source.line === line);
const n21At = (line: number) => n21Activities.find((activity) => activity.source.line === line);

describe("scanTabbedActivities on S20", () => {
  it("finds 141 activities, 49 under KF goals and 92 under nämndmål, without a warning", () => {
    expect(s20Activities).toHaveLength(141);
    expect(s20Activities.filter((activity) => activity.goalId.startsWith("area@"))).toHaveLength(49);
    expect(s20Activities.filter((activity) => activity.goalId.startsWith("committee@"))).toHaveLength(92);
    expect(s20.warnings).toEqual([]);
  });

  it("attaches an analysis to all but one activity (S20:1341)", () => {
    expect(
      s20Activities.filter((activity) => activity.analysis === null).map((activity) => activity.source.line),
    ).toEqual([1341]);
  });

  it("sets the deviation exactly at S20:944 and S20:946", () => {
    expect(
      s20Activities
        .filter((activity) => activity.deviation)
        .map((activity) => [activity.source.line, activity.deviationText]),
    ).toEqual([
      [944, "Avvikelse"],
      [946, "Avvikelse"],
    ]);
  });

  it("reads ▶ as ongoing, wrapped in a span (326-332) or in its own column (372)", () => {
    expect(
      s20Activities
        .filter((activity) => activity.glyph !== null)
        .map((activity) => [activity.source.line, activity.glyph, activity.state]),
    ).toEqual([
      [326, "▶", "ongoing"],
      [328, "▶", "ongoing"],
      [330, "▶", "ongoing"],
      [332, "▶", "ongoing"],
      [372, "▶", "ongoing"],
    ]);
    expect(s20At(326)?.title).toMatch(
      /^Nämnder och bolagsstyrelser ska under ledning av kommunstyrelsen .* samarbeta med socialnämnden\.$/,
    );
    expect(s20At(372)?.title).toBe(
      "Socialnämnden ska i samverkan med utbildningsnämnden och stadsdelsnämnderna säkerställa att staden uppfyller hemkommunens ansvar för skolplikt",
    );
  });

  it("reads S20:944 with its Avvikelse cell and the reason in the analysis", () => {
    expect(s20At(944)).toEqual({
      goalId: "committee@910",
      title:
        "Ställa krav på fysisk tillgänglighet för personer med nedsatt rörelse- och orienteringsförmåga vid bidragsgivning.",
      glyph: null,
      state: null,
      startDate: "2020-01-01",
      endDate: "2020-12-31",
      deviation: true,
      deviationText: "Avvikelse",
      delayHint: "kan inte genomföras",
      analysis:
        "Aktiviteten kan inte genomföras då krav på fysisk tillgänglighet inte kan ställas i enlighet med nuvarande riktlinjer.",
      source: { file: S20, line: 944 },
    });
  });

  it("reads S20:336 (leading empty cell, no Avvikelse cell, <p>-wrapped analysis)", () => {
    const activity = s20At(336);
    expect(activity).toMatchObject({
      goalId: "committee@308",
      title:
        "Socialnämnden ska stötta brottsutsatta och vittnen, och då särskilt vuxna och barn som är eller har varit utsatta för våld av närstående eller övergrepp i rättsak",
      glyph: null,
      startDate: "2020-01-01",
      endDate: "2020-12-31",
      deviation: false,
      deviationText: null,
      delayHint: "inställd",
    });
    expect(activity?.analysis).toMatch(
      /^Antal inkomna ärenden av övergrepp i rättsak ökade .* löper på enligt verksamhetsplan\.$/,
    );
  });

  it("continues an analysis across a page break (S20:712 → 719)", () => {
    expect(s20At(711)).toMatchObject({
      analysis:
        "Utbildningen har skjutits fram till hösten pga det nya coronaviruset. Utbildningen kommer att ges vid två tillfällen under hösten.",
      delayHint: "skjutits fram",
      endDate: "2020-12-31",
    });
    expect(s20At(719)).toBeUndefined();
  });

  it("continues a name across a page break (S20:777 → 782) and keeps the dates of the first part", () => {
    expect(s20At(777)).toMatchObject({ startDate: "2020-01-01", endDate: "2020-06-30" });
    expect(s20At(777)?.title).toMatch(
      /samt arbeta enligt hemlöshetsprogrammet 2014-2019 och handlingsplanen .* i akut bostadsnöd\.$/,
    );
    expect(s20At(1239)?.title).toBe(
      "Socialnämnden ska ansvara för att samordna de årliga behovsbedömningar som SHIS Bostäder och stadsdelsnämnderna gör av lägenheter utifrån behov och utrymme och vidareförmedla dem till exploateringskontoret",
    );
  });

  it("gives an Analys row printed after a repeated header to the activity above (S20:222 ← 225)", () => {
    expect(s20At(222)?.analysis).toBe("Uppdraget pågår enligt plan.");
  });

  it("reads the text after a bare <b>Analys</b> row (S20:874-876) and an uncommon start date (S20:1181)", () => {
    expect(s20At(874)?.analysis).toBe("Uppdraget pågår enligt plan.");
    expect(s20At(1181)).toMatchObject({ startDate: "2019-11-18", endDate: "2020-12-31" });
    expect(s20At(1379)).toMatchObject({ startDate: "2020-01-01", endDate: "2022-12-31" });
  });
});

describe("scanTabbedActivities on N21", () => {
  it("finds 121 activities, 12 with an analysis, none with a deviation, without a warning", () => {
    expect(n21Activities).toHaveLength(121);
    expect(n21Activities.filter((activity) => activity.analysis !== null)).toHaveLength(12);
    expect(n21Activities.filter((activity) => activity.deviation)).toEqual([]);
    expect(n21.warnings).toEqual([]);
  });

  it("reads ten ▶ (ongoing) and three ✓ (completed) glyphs", () => {
    expect(n21Activities.filter((activity) => activity.glyph === "▶" && activity.state === "ongoing")).toHaveLength(10);
    expect(
      n21Activities
        .filter((activity) => activity.glyph === "✓")
        .map((activity) => [activity.source.line, activity.state]),
    ).toEqual([
      [1576, "completed"],
      [1578, "completed"],
      [1602, "completed"],
    ]);
  });

  it("reads N21:1576 ✓ Införa Digitaliseringsråd", () => {
    expect(n21At(1576)).toEqual({
      goalId: "committee@1555",
      title: "Införa Digitaliseringsråd",
      glyph: "✓",
      state: "completed",
      startDate: "2021-01-01",
      endDate: "2021-12-31",
      deviation: false,
      deviationText: null,
      delayHint: null,
      analysis: null,
      source: { file: N21, line: 1576 },
    });
  });

  it("reads both dates from one cell (N21:1044)", () => {
    expect(n21At(1044)).toMatchObject({
      title:
        "Kommunstyrelsen ska i samarbete med socialnämnden, äldrenämnden och stadsdelsnämnderna utreda ansvarsfördelning och kostnadsansvar för personer över 65 år i behov av insatser från individ- och familjeomsorgen eller socialpsykiatri",
      startDate: "2021-01-01",
      endDate: "2021-12-31",
      deviation: false,
    });
  });

  it("continues an analysis whose text follows a page break (N21:1049 → 1054)", () => {
    expect(n21At(1048)?.analysis).toMatch(
      /^En övergripande genomlysning av kompetensförsörjningsarbetet .* sjuksköterskor\.$/,
    );
    expect(n21At(1048)?.endDate).toBe("2021-06-30");
    expect(n21At(1055)?.title).toMatch(/^Kommunstyrelsen ska tillsammans med äldregruppen/);
  });

  it("continues a name across a page break (N21:1550 → 1553)", () => {
    expect(n21At(1550)?.title).toMatch(
      /överförmyndarnämnden och stadsdelsnämnderna etablera en support- och förvaltningsorganisation för Esset .* full support$/,
    );
  });

  it.each([
    [790, "lagts ned", "Esset har lagts ned och aktiviteten är således inte aktuell"],
    [1430, "skjuts upp", null],
    [785, null, null],
  ])("sets the delay hint of N21:%i to %s", (line, hint, analysis) => {
    expect(n21At(line)?.delayHint).toBe(hint);
    if (analysis !== null) expect(n21At(line)?.analysis).toBe(analysis);
  });
});

describe("scanTabbedActivities through parseReport (the parser's own goal owners)", () => {
  it.each([
    [S20, 141, { area: 49, committee: 92 }, 140, [944, 946]],
    [N21, 121, { area: 56, committee: 65 }, 12, []],
  ])(
    "reads %s: %i activities by goal level, with analyses and deviations",
    (file, total, byLevel, withAnalysis, deviations) => {
      const report = parseRealReport(file);
      expect(report.activities).toHaveLength(total);
      expect(countByGoalLevel(report, report.activities)).toEqual(byLevel);
      expect(report.activities.filter((activity) => activity.analysis !== null)).toHaveLength(withAnalysis);
      expect(
        report.activities.filter((activity) => activity.deviation).map((activity) => activity.source.line),
      ).toEqual(deviations);
    },
  );
});

describe("scanTabbedActivities output", () => {
  it("satisfies the domain Activity schema for every row of S20 and N21", () => {
    const invalid = [...s20Activities, ...n21Activities].filter(
      (activity) => !Activity.strict().safeParse(activity).success,
    );
    expect(invalid).toEqual([]);
  });
});

describe("scanTabbedActivities on inline fixtures", () => {
  const header = "Aktivitet⇥Startdatum⇥Slutdatum⇥Avvikelse";

  it("warns and skips an activity that no goal owns", () => {
    const lines = fixtureLinesA(`${header}\nA⇥2023-01-01⇥2023-12-31⇥\nAnalys Om A.⇥⇥⇥\nB⇥2023-01-01⇥2023-12-31⇥`);
    const ctx = createFormatAContext(lines, { ownerAt: (line) => (line === 2 ? null : GoalId.parse("g2")) });
    expect(scanTabbedActivities(ctx).map((activity) => [activity.title, activity.analysis])).toEqual([["B", null]]);
    expect(ctx.warnings).toEqual([{ line: 2, message: 'activity "A" is not under any goal; skipped' }]);
  });

  it("reads a missing end date as null and a filled Avvikelse cell as the deviation", () => {
    const lines = fixtureLinesA(`\t${header}\n✓⇥A⇥2023-02-01⇥Försenad`);
    expect(scanTabbedActivities(createFormatAContext(lines))).toMatchObject([
      {
        title: "A",
        glyph: "✓",
        state: "completed",
        startDate: "2023-02-01",
        endDate: null,
        deviation: true,
        deviationText: "Försenad",
      },
    ]);
  });

  it("ends the table at prose and at an indicator header", () => {
    const lines = fixtureLinesA(
      `${header}\nA⇥2023-01-01⇥2023-12-31⇥\n\nEtt stycke prosa.\nB⇥2023-01-01⇥2023-12-31⇥\n${header}\nC⇥2023-01-01⇥2023-12-31⇥\nIndikator⇥Periodens utfall\nD⇥2023-01-01⇥2023-12-31⇥`,
    );
    expect(scanTabbedActivities(createFormatAContext(lines)).map((activity) => activity.title)).toEqual(["A", "C"]);
  });

  it("warns about text rows without dates at the start of a table and keeps them as an activity", () => {
    const ctx = createFormatAContext(fixtureLinesA(`${header}\nEtt namn utan datum⇥⇥⇥`));
    expect(scanTabbedActivities(ctx)).toMatchObject([{ title: "Ett namn utan datum", startDate: null, endDate: null }]);
    expect(ctx.warnings).toEqual([{ line: 2, message: 'activity without dates: "Ett namn utan datum"' }]);
  });
});

describe("findDelayHint", () => {
  it.each([
    ["Utbildningen har skjutits fram till hösten.", "skjutits fram"],
    ["Den har dock fått skjutas upp till hösten.", "skjutas upp"],
    ["Resan har fått skjutas på framtiden.", "skjutas på framtiden"],
    ["Arbetet har inte påbörjats ännu.", "inte påbörjats"],
    ["Flera insatser har ställts in.", "ställts in"],
    ["Arbetet är nu pausat på grund av viruset.", "pausat"],
    ["Ej aktuellt ännu.", "Ej aktuellt"],
    ["Aktiviteten kan inte genomföras då …", "kan inte genomföras"],
    ["Möten har flyttats fram och arbetet har inte påbörjats.", "flyttats fram"],
  ])("finds the delay phrase in %j", (text, hint) => {
    expect(findDelayHint(text)).toBe(hint);
  });

  it.each([
    ["Uppdraget pågår enligt plan."],
    ["Anhöriga drabbade av skjutningar får stöd."],
    ["En avbruten kontakt är en gemensam faktor."],
    [null],
  ])("finds none in %j", (text) => {
    expect(findDelayHint(text)).toBeNull();
  });
});
