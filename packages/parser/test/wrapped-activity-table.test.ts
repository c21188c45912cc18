import { describe, expect, it } from "vitest";
import { scanWrappedActivities } from "../src/formats/wrapped/activity-table.ts";
import { createFormatBContext, fixtureLines, readS17Lines } from "./wrapped-context.ts";

const s17 = readS17Lines();
const ctx = createFormatBContext(s17);
const activities = scanWrappedActivities(ctx);
const activityAt = (line: number) => activities.find((activity) => activity.source.line === line);

describe("scanWrappedActivities on S17", () => {
  it("finds all 81 activities without a warning", () => {
    expect(activities).toHaveLength(81);
    expect(ctx.warnings).toEqual([]);
  });

  it("reads no glyph, state, deviation or analysis (S17 has none)", () => {
    expect(
      activities.filter((a) => a.glyph !== null || a.state !== null || a.deviation || a.analysis !== null),
    ).toEqual([]);
  });

  it("cites from the first name line to the date line", () => {
    expect(activityAt(270)?.source).toEqual({ file: "fixture.txt", line: 270, endLine: 274 });
    expect(activityAt(1540)?.source).toEqual({ file: "fixture.txt", line: 1540, endLine: 1543 });
    // A short name on its date line: one line, no endLine.
    expect(activityAt(394)?.source).toEqual({ file: "fixture.txt", line: 394 });
  });

  it("reads the dates, including the uncommon ones", () => {
    expect(activities.filter((a) => a.startDate === "2017-01-01" && a.endDate === "2017-12-31")).toHaveLength(71);
    expect(activityAt(1693)).toMatchObject({ startDate: "2014-01-01", endDate: "2017-12-31" });
    expect(activityAt(2636)).toMatchObject({ startDate: "2016-04-26", endDate: "2017-12-31" });
    expect(activityAt(394)).toMatchObject({
      title: "Stödja stadsdelsnämndernas arbete med strukturerat föräldrastöd.",
      startDate: "2016-01-01",
    });
  });

  it.each([
    [1744, "Starta ytterligare två Skol-fam-team"],
    [2781, "Öka insamling av matavfall"],
    [4034, "Utvecklingsplaner ska upprättas för arbetsgruppen som helhet"],
  ])("reads the short name printed on the date line at S17:%i", (line, title) => {
    expect(activityAt(line)).toMatchObject({ title, startDate: "2017-01-01", endDate: "2017-12-31" });
  });

  it.each([
    [
      3955,
      "Socialnämnden ska i samråd med stadsdelsnämnderna kartlägga aktuella utbildningsnivåer bland anställda inom LSS-verksamheter.",
    ],
    [
      4151,
      "Kommunstyrelsen ska i samråd med den romska minoriteten och berörda nämnder, såsom socialnämnden, utbildningsnämnden, kulturnämnden, arbetsmarknadsnämnden och en del stadsdelsnämnder, ta fram en strategi för romsk inkludering i Stockholms stad",
    ],
  ])("joins the rest of the name printed after the page break to S17:%i", (line, title) => {
    expect(activityAt(line)?.title).toBe(title);
  });

  it("starts the activity after the page-break fragment as a new one", () => {
    expect(activityAt(4179)?.title).toBe(
      "Nämnden ska etablera rutiner för att följa upp hbtq-personers upplevelser av verksamheternas utformning och bemötande i enlighet med hbtq-programmet i Stockholms stad",
    );
  });

  it.each([
    [
      1732,
      "Socialnämnden ska under 2017, tillsammans med berörda stadsdelsnämnder, förbereda för en övergång av pilotprojekt skola-socialtjänst till permanent verksamhet.",
    ],
    [
      4915,
      "Kommunstyrelsen ska i samarbete med äldrenämnden och socialnämnden utreda förutsättningar för äldre med beslut om LSS-boende att få äldreomsorg",
    ],
    [4013, "Individuella utvecklingsplaner ska upprättas / revideras i samband med medarbetarsamtalen."],
  ])("re-joins the wrapped name at S17:%i", (line, title) => {
    expect(activityAt(line)?.title).toBe(title);
  });

  it("ends the last table before the economy section", () => {
    expect(activities.at(-1)).toMatchObject({
      title:
        "Ställa adekvata tillgänglighetskrav vid upphandling av varor och tjänster (Program för delaktighet för personer med funktionsnedsättning, mål 1)",
      source: { file: "fixture.txt", line: 5273 },
    });
  });
});

describe("scanWrappedActivities on inline fixtures", () => {
  it("reads a filled Avvikelse cell and a surviving glyph", () => {
    const context = createFormatBContext(
      fixtureLines(`
··Aktivitet·Startdatum·Slutdatum·Avvikelse·
··▶·Ställa·krav·på·fysisk·
tillgänglighet·

2020-01-01·2020-06-30·Avvikelse·`),
    );
    expect(scanWrappedActivities(context)).toEqual([
      {
        goalId: "g1",
        title: "Ställa krav på fysisk tillgänglighet",
        glyph: "▶",
        state: "ongoing",
        startDate: "2020-01-01",
        endDate: "2020-06-30",
        deviation: true,
        deviationText: "Avvikelse",
        delayHint: null,
        analysis: null,
        source: { file: "fixture.txt", line: 2, endLine: 5 },
      },
    ]);
  });

  it("warns about dates without a name and a name without dates", () => {
    const context = createFormatBContext(
      fixtureLines(`
··Aktivitet·Startdatum·Slutdatum·Avvikelse·
2017-01-01·2017-12-31··
··Ett·namn·utan·datum·
Nämndmål:·`),
    );
    expect(scanWrappedActivities(context)).toEqual([]);
    expect(context.warnings).toEqual([
      { line: 2, message: "activity dates without an activity name" },
      { line: 3, message: 'activity text without dates: "Ett namn utan datum"' },
    ]);
  });

  it("skips an activity without an owner and says so", () => {
    const context = createFormatBContext(
      fixtureLines("··Aktivitet·Startdatum·Slutdatum·Avvikelse·\n··Kort·2017-01-01·2017-12-31··"),
      () => null,
    );
    expect(scanWrappedActivities(context)).toEqual([]);
    expect(context.warnings).toEqual([{ line: 2, message: 'activity "Kort" is not under any goal' }]);
  });
});
