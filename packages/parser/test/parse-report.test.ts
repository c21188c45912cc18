import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ParsedReport } from "@tertial/domain";
import { describe, expect, it } from "vitest";
import { parseReport } from "../src/index.ts";

const S20 = "socialnamnden-t1-2020.txt";
const S17 = "socialnamnden-t1-2017.txt";
const N21 = "norrmalm-t2-2021.txt";
const CHECKSUM = "a".repeat(64);
const texts = new Map<string, string>();
const textOf = (file: string): string => {
  const text =
    texts.get(file) ?? readFileSync(join(import.meta.dirname, "..", "..", "..", "data", "reports", file), "utf8");
  texts.set(file, text);
  return text;
};
const reports = new Map<string, ParsedReport>();
const parsed = (file: string): ParsedReport => {
  const report = reports.get(file) ?? parseReport(textOf(file), { file, checksum: CHECKSUM });
  reports.set(file, report);
  return report;
};

describe("parseReport on the real reports", () => {
  it.each([
    [S20, "tabbed", 32, 44, 141],
    [S17, "wrapped", 50, 62, 81],
    [N21, "tabbed", 34, 90, 121],
  ])(
    "%s (format %s): %i goals, %i indicators, %i activities, all valid",
    (file, _format, goals, indicators, activities) => {
      const report = parsed(file);
      expect([report.goals.length, report.indicators.length, report.activities.length]).toEqual([
        goals,
        indicators,
        activities,
      ]);
      expect(ParsedReport.safeParse(report).success).toBe(true);
      expect(report.sourceFile).toBe(file);
      expect(report.checksum).toBe(CHECKSUM);
    },
  );

  it.each([S20, S17, N21])(
    "%s: every indicator and activity belongs to a goal of the report and cites the file",
    (file) => {
      const report = parsed(file);
      const ids = new Set(report.goals.map((g) => g.id));
      for (const item of [...report.indicators, ...report.activities]) {
        expect(ids.has(item.goalId)).toBe(true);
        expect(item.source.file).toBe(file);
      }
      for (const warning of report.warnings) expect(warning.file).toBe(file);
      expect(report.warnings.map((w) => w.line)).toEqual(report.warnings.map((w) => w.line).sort((a, b) => a - b));
    },
  );

  it("hands the goal owners to the table scanners: KF-level tables to the KF goal, nämndmål tables to the nämndmål", () => {
    const report = parsed(S20);
    const goalAt = (line: number): string | undefined => report.goals.find((g) => g.source.line === line)?.id;
    const indicatorAt = (line: number) => report.indicators.find((i) => i.source.line === line);
    expect(indicatorAt(206)?.goalId).toBe(goalAt(136));
    expect(indicatorAt(835)?.goalId).toBe(goalAt(809));
    expect(report.activities.find((a) => a.source.line === 250)?.goalId).toBe(goalAt(227));
  });

  it("derives every indicator's status with the report kind (S20:206 lower-is-better, S20:700 analysis cue)", () => {
    const report = parsed(S20);
    expect(report.indicators.find((i) => i.source.line === 206)).toMatchObject({
      name: "Andel barn som lever i familjer som har ekonomiskt bistånd",
      direction: "lower",
      status: "on-track",
      statusRule: {
        kind: "numbers",
        basis: "forecast",
        compared: {
          value: { raw: "0,3 %", value: 0.3, unit: "%" },
          target: { raw: "2,7 %", value: 2.7, unit: "%" },
          relation: "below",
          reaches: true,
        },
        direction: "lower",
        outcomeShortOfTarget: null,
        alignedByRule: false,
      },
    });
    expect(report.indicators.find((i) => i.source.line === 700)).toMatchObject({
      status: "at-risk",
      statusRule: {
        kind: "statement",
        basis: "analysis",
        verdict: "partial",
        phrase: "prognosen är därför att årsmålet inte kommer att uppnås helt",
        alignedByRule: false,
      },
    });
  });

  it("reads N21's Cyrillic look-alikes as Latin and says so", () => {
    const report = parsed(N21);
    const area = report.goals.find((g) => g.source.line === 306);
    expect(area?.analysis).toContain("att vara en öppen drogscen.");
    expect(/[\u0400-\u04ff]/.test(JSON.stringify({ ...report, warnings: [] }))).toBe(false);
    expect(report.warnings.filter((w) => w.message.startsWith("Cyrillic"))).toEqual([
      { file: N21, line: 443, message: 'Cyrillic look-alike letters read as Latin: "drogsцен." → "drogscen."' },
      { file: N21, line: 445, message: 'Cyrillic look-alike letters read as Latin: "drogsцен." → "drogscen."' },
    ]);
  });

  it("warns about every aligned-from-the-right indicator row in N21 and about nothing else unexpected", () => {
    const messages = parsed(N21).warnings.map((w) => `${w.line} ${w.message.replace(/".*"/, '"…"')}`);
    expect(messages.filter((m) => m.includes("aligned from the right")).map((m) => Number(m.split(" ")[0]))).toEqual([
      555, 556, 557, 751, 753, 754, 756, 757, 758, 1034, 1035, 1036, 1039,
    ]);
    expect(parsed(S20).warnings).toEqual([]);
  });

  it("is pure: the same text gives the same report, and CRLF line ends give the same lines", () => {
    const again = parseReport(textOf(S20), { file: S20, checksum: CHECKSUM });
    expect(again).toEqual(parsed(S20));
    const crlf = parseReport(textOf(N21).replace(/\n/g, "\r\n"), { file: N21, checksum: CHECKSUM });
    expect(crlf.goals).toEqual(parsed(N21).goals);
    expect(crlf.indicators.map((i) => i.source.line)).toEqual(parsed(N21).indicators.map((i) => i.source.line));
  });
});
