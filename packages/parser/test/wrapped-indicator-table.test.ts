import { GoalId, type Measure } from "@tertial/domain";
import { describe, expect, it } from "vitest";
import { scanWrappedIndicators } from "../src/formats/wrapped/indicator-table.ts";
import { indicatorHeaderKind } from "../src/formats/wrapped/table-lines.ts";
import { createFormatBContext, fixtureLines, readS17Lines } from "./wrapped-context.ts";

const s17 = readS17Lines();

/** The parent rule of docs/report-format.md §4, enough to tell KF-level from nämndmål-level tables. */
function ownerByLabels(lines: readonly string[]): (lineNumber: number) => GoalId | null {
  return (lineNumber) => {
    for (let i = lineNumber - 1; i >= 0; i--) {
      const line = lines[i] ?? "";
      if (line.startsWith("Nämndmål:")) return GoalId.parse(`committee@${i + 1}`);
      if (line.startsWith("KF:s mål för verksamhetsområdet:")) return GoalId.parse(`area@${i + 1}`);
    }
    return null;
  };
}

const ctx = createFormatBContext(s17, ownerByLabels(s17));
const rows = scanWrappedIndicators(ctx);
const rowAt = (line: number) => rows.find((row) => row.source.line === line);
const raw = (measure: Measure | null) => measure?.raw ?? null;

describe("scanWrappedIndicators on S17", () => {
  it("finds all 62 rows without a warning", () => {
    expect(rows).toHaveLength(62);
    expect(ctx.warnings).toEqual([]);
  });

  it("places 29 rows under KF goals and 33 under nämndmål", () => {
    expect(rows.filter((row) => row.goalId.startsWith("area@"))).toHaveLength(29);
    expect(rows.filter((row) => row.goalId.startsWith("committee@"))).toHaveLength(33);
  });

  it("reads 29 header lines: 22 tables and 7 page-break repeats", () => {
    const kinds = s17.map(indicatorHeaderKind);
    expect(kinds.filter((kind) => kind === "new")).toHaveLength(22);
    expect(kinds.filter((kind) => kind === "repeat")).toHaveLength(7);
  });

  it("attaches an Analys to 21 rows (every Analys label inside the indicator tables)", () => {
    expect(rows.filter((row) => row.analysis !== null)).toHaveLength(21);
  });

  it("takes the previous-outcome label from the header and finds a unique reading for every values line", () => {
    expect(new Set(rows.map((row) => row.previousLabel))).toEqual(new Set(["VB 2016"]));
    expect(rows.every((row) => row.alignment === "exact" && row.glyph === null)).toBe(true);
  });

  it.each([
    [333, "Andel ungdomar i sysselsättning (UT).", [null, null, null, null, null, "80 %", null], "Halvår 1 2017"],
    [
      343,
      "Andel ungdomar med grundläggande kunskaper om migrationsprocessen (asyl).",
      [null, null, null, null, "80 %", "80 %", null],
      "Halvår 1 2017",
    ],
    [
      1392,
      "Andel insats/insatser avslutade enligt plan inom vuxna missbruk",
      ["43,1 %", null, null, "39,5 %", "35 %", "35 %", "35 %"],
      "Tertial 1 2017",
    ],
    [
      1405,
      "Andel ungdomar som i stockholmsenkäten uppger att de inte använder alkohol",
      [null, null, null, "62 %", null, "62 %", "tas fram av nämnden"],
      "2017",
    ],
    [1523, "Antal hemlösa", [null, null, null, "2 420 st", null, "2 850 st", "tas fram av nämnden"], "2017"],
    [
      1611,
      "Andel barn och ungdomar som bedöms få sina behov tillgodosedda i jour- eller familjehemmet (Resursteamen barn och ungdom).",
      ["90 %", "92 %", "88 %", "85 %", "85 %", "85 %", null],
      "Tertial 1 2017",
    ],
    [
      1648,
      "Andel kunder med minderåriga/hemmavarande barn som i hög grad anser att insatsen haft betydelse ur barnens perspektiv (Familjerådgivningen).",
      [null, null, null, "87 %", "80 %", "80 %", null],
      "Halvår 1 2017",
    ],
    [
      1799,
      "Andel deltagare som är nöjda med introduktionsutbildningen",
      [null, null, null, null, null, "90 %", null],
      "2017",
    ],
    [
      1957,
      "Andel uppmärksammade personer från andra EU-länder som är i behov av utökat stöd och som tar emot hjälp för att avvärja en akut nödsituation",
      ["100 %", "100 %", "100 %", "99 %", "100 %", "90 %", null],
      "Tertial 1 2017",
    ],
    [
      2118,
      "Andel genomförda åtgärder inom ramen för risk- och sårbarhetsanalys (RSA)",
      [null, null, null, "89 %", null, "100 %", "100 %"],
      "2017",
    ],
    [
      2347,
      "Antal anvisade bostäder för flyktingar",
      ["649", null, null, "735", "1 100", "1 100", "tas fram av nämnden"],
      "Tertial 1 2017",
    ],
    [
      2752,
      "Andel verksamhetsadresser där det finns källsortering",
      [null, null, null, "93 %", null, "100 %", null],
      "Halvår 1 2017",
    ],
    [
      2824,
      "Andel inköpta ekologiska livsmedel i staden i kronor av totala värdet av inköpta måltider och livsmedel",
      [null, null, null, "28,31", null, "40 %", "40%"],
      "2017",
    ],
    [2941, "Nöjd Kund-Index", [null, null, null, "74", null, "72", null], "2017"],
    [
      3044,
      "Andel vuxna med långvarigt ekonomiskt bistånd jämfört med samtliga vuxna invånare",
      ["0,04 %", "0,06 %", "0,01 %", "0,04 %", null, "0,04 %", "1,1 %"],
      "Tertial 1 2017",
    ],
    [3079, "Antal tillhandahållna platser för sommarjobb", [null, null, null, "11", null, "5 st", "8 500 st"], "2017"],
    [
      3085,
      "Antal tillhandahållna platser för Stockholmsjobb",
      ["7", null, null, "5", "10", "10 st", "900 st"],
      "Tertial 1 2017",
    ],
    [3319, "Nämndens prognossäkerhet T2", [null, null, null, "-1 %", null, "+/-1 %", "+/- 1 %"], "2017"],
    [
      3518,
      "Beläggning Boende- och behandlingsenheten",
      ["96 %", null, null, "97 %", "92 %", "92 %", null],
      "Tertial 1 2017",
    ],
    [3872, "Aktivt Medskapandeindex", ["80", "79", "80", null, null, "80", "83"], "2017"],
    [3882, "Index Bra arbetsgivare", [null, null, null, null, null, "84", "fastställs 2017"], "2017"],
    [3908, "Sjukfrånvaro", ["6,2 %", "5,1", "6,7", "5,9 %", "5,5 %", "5,5 %", "tas fram av nämnden"], "Tertial 1 2017"],
    [
      3925,
      "Sjukfrånvaro dag 1-14",
      ["1,76 %", null, null, null, "1,6 %", "1,6 %", "tas fram av nämnden"],
      "Tertial 1 2017",
    ],
    [
      4568,
      "Andel medarbetare som har genomgått utbildning om att upptäcka våldsutsatthet och konsekvenser av detta inkl särskilt utsatta grupper",
      [null, null, null, null, null, "33 %", "Tas fram av nämnden"],
      "2017",
    ],
    [
      4704,
      "Andel personer med stöd- och skyddsbehov som beretts skyddat boende (Stockholms stads socialjour).",
      ["100 %", null, null, "89 %", "100 %", "100 %", null],
      "Tertial 1 2017",
    ],
  ])("reads the row at S17:%i", (line, name, cells, period) => {
    const row = rowAt(line);
    expect(row?.name).toBe(name);
    const printed = row && [
      row.outcome,
      row.outcomeMen,
      row.outcomeWomen,
      row.previousOutcome,
      row.forecast,
      row.annualTarget,
      row.kfAnnualTarget,
    ];
    expect(printed?.map(raw)).toEqual(cells);
    expect(row?.period).toBe(period);
  });

  it("parses every cell into a measure", () => {
    expect(rowAt(1523)?.previousOutcome).toEqual({ raw: "2 420 st", value: 2420, unit: "st" });
    expect(rowAt(2347)?.forecast).toEqual({ raw: "1 100", value: 1100, unit: null });
    expect(rowAt(3319)?.annualTarget).toEqual({ raw: "+/-1 %", value: 1, unit: "%" });
    expect(rowAt(3908)?.kfAnnualTarget).toEqual({ raw: "tas fram av nämnden", value: null, unit: null });
    expect(rowAt(3925)?.outcome).toEqual({ raw: "1,76 %", value: 1.76, unit: "%" });
  });

  it.each([
    [3518, "Siffrorna rör jan-mars"],
    [3085, "Årsmålet har justerats från 5 till 10."],
    [1449, "Stockholmsenkäten genomförs vartannat år, nästa gång 2018."],
    [
      343,
      "Enheten bedömer att årsmålet kommer att nås. Kunskapstesterna, som ligger till grund för uppföljningen, äger rum i maj och juni och redovisas i T2.",
    ],
  ])("attaches the analysis of S17:%i to the row above it", (line, analysis) => {
    expect(rowAt(line)?.analysis).toBe(analysis);
  });

  it("ends an analysis at the next row's indented name and joins its paragraphs", () => {
    expect(rowAt(1662)?.analysis).toMatch(/^34 ungdomar har avslutats .* löpande följa indikatorn\.$/);
    expect(rowAt(1676)?.analysis).toBeNull();
    expect(rowAt(1495)?.analysis).toMatch(/tar över kontrakt från och med 1 maj\. Målet om att 25 %/);
    expect(rowAt(3530)?.analysis).toBeNull();
  });

  it("cites the first name line", () => {
    expect(rows.map((row) => row.source.line)).toContain(4615);
    expect(rows.slice(0, 3).map((row) => row.source.line)).toEqual([333, 343, 1392]);
  });

  it("cites from the first name line to the values line, or to the last wrapped KF / Period line", () => {
    const span = (line: number) => rowAt(line)?.source;
    // "Aktivt" / "Medskapandeindex" / values "80 79 80   80 83 2017" on 3875.
    expect(span(3872)).toEqual({ file: "fixture.txt", line: 3872, endLine: 3875 });
    // KF "tas fram" / "av" / "nämnd" / "en" ends on 1414, the Period "2017" on 1416.
    expect(span(1405)).toEqual({ file: "fixture.txt", line: 1405, endLine: 1416 });
    // Period "Tertial" / "1 2017" below a wrapped KF text.
    expect(span(3925)).toEqual({ file: "fixture.txt", line: 3925, endLine: 3934 });
    // The Period "Halvår" / "1 2017" wraps onto the line after the values line (347).
    expect(span(343)).toEqual({ file: "fixture.txt", line: 343, endLine: 348 });
    // A name printed on its values line: one line, no endLine.
    expect(span(2941)).toEqual({ file: "fixture.txt", line: 2941 });
    expect(rows.every((row) => (row.source.endLine ?? row.source.line) >= row.source.line)).toBe(true);
  });
});

describe("scanWrappedIndicators on inline fixtures", () => {
  const table = `
··Indikator·
Periodens·
utfall·
VB·2019·
Period·
··Antal·besök·

1·2·3·4·5·6·7·Tertial·
1·2020·

Analys·

Fler·besök·än·väntat.·`;

  it("reads a table with a VB 2019 header", () => {
    const context = createFormatBContext(fixtureLines(table));
    expect(scanWrappedIndicators(context)).toMatchObject([
      {
        name: "Antal besök",
        period: "Tertial 1 2020",
        previousLabel: "VB 2019",
        analysis: "Fler besök än väntat.",
        source: { line: 6 },
      },
    ]);
    expect(context.warnings).toEqual([]);
  });

  it("warns about an Analys label with no row above it", () => {
    const context = createFormatBContext(
      fixtureLines(`
··Indikator·
Period·

Analys·`),
    );
    expect(scanWrappedIndicators(context)).toEqual([]);
    expect(context.warnings).toEqual([{ line: 4, message: "Analys label without an indicator row above it" }]);
  });

  it("skips a row whose line has no owner and says so", () => {
    const context = createFormatBContext(fixtureLines(table), () => null);
    expect(scanWrappedIndicators(context)).toEqual([]);
    expect(context.warnings[0]).toEqual({ line: 6, message: 'indicator "Antal besök" is not under any goal' });
  });

  it("warns about a name that never gets a values line", () => {
    const context = createFormatBContext(
      fixtureLines(`
··Indikator·
Period·
··Andel·nöjda·
brukare·
Nämndmål:·`),
    );
    expect(scanWrappedIndicators(context)).toEqual([]);
    expect(context.warnings).toEqual([
      { line: 3, message: 'indicator name without a values line: "Andel nöjda brukare"' },
    ]);
  });

  it("warns about a lower-case name end that follows no page break, and still keeps it", () => {
    const context = createFormatBContext(
      fixtureLines(`
··Indikator·
Period·
··Andel·nöjda·
·····90·%··2017·
brukare·`),
    );
    expect(scanWrappedIndicators(context).map((row) => row.name)).toEqual(["Andel nöjda brukare"]);
    expect(context.warnings).toHaveLength(1);
  });

  it("ends the table at prose and reports it", () => {
    const prose = "Uppföljning av ekonomi visar att nämnden håller sin budget under perioden";
    const context = createFormatBContext(
      fixtureLines(`
··Indikator·
Period·
··Andel·nöjda·
·····90·%··2017·
·
${prose}
·····80·%··2017·`),
    );
    expect(scanWrappedIndicators(context)).toHaveLength(1);
    expect(context.warnings).toEqual([
      {
        line: 6,
        message: `text in an indicator table that is neither a row nor an analysis ends the table: "${prose}"`,
      },
    ]);
  });

  it("reads nothing outside an indicator table", () => {
    const context = createFormatBContext(fixtureLines("Antal·hemlösa····2·420·st··2·850·st·80·%·2017·"));
    expect(scanWrappedIndicators(context)).toEqual([]);
  });
});
