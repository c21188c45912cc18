import { readdirSync } from "node:fs";
import { join } from "node:path";
import { ParsedReport } from "@tertial/domain";
import { readReportFile } from "@tertial/parser";
import { listReports, openDatabase, readReport, saveReport } from "@tertial/store";
import { describe, expect, it } from "vitest";

/**
 * The reports shipped in data/reports are what `tertial ask` loads on first use. Each must parse to
 * the counts below (docs/report-format.md §1), validate against the domain schema, and survive
 * a save and read-back unchanged.
 */
const reportsDir = join(import.meta.dirname, "..", "data", "reports");
const files = readdirSync(reportsDir)
  .filter((name) => name.endsWith(".txt"))
  .sort();

const EXPECTED: Record<
  string,
  {
    organisation: string;
    kind: string;
    year: number;
    goals: Record<string, number>;
    indicators: number;
    activities: number;
    budgetLines: number;
    budgetRequests: number;
  }
> = {
  "norrmalm-t2-2021.txt": {
    organisation: "Norrmalms stadsdelsnämnd",
    kind: "T2",
    year: 2021,
    goals: { direction: 3, area: 12, committee: 19 },
    indicators: 90,
    activities: 121,
    budgetLines: 235,
    budgetRequests: 1,
  },
  "socialnamnden-t1-2017.txt": {
    organisation: "Socialnämnden",
    kind: "T1",
    year: 2017,
    goals: { direction: 4, area: 26, committee: 20 },
    indicators: 62,
    activities: 81,
    budgetLines: 148,
    budgetRequests: 0,
  },
  "socialnamnden-t1-2020.txt": {
    organisation: "Socialnämnden",
    kind: "T1",
    year: 2020,
    goals: { direction: 3, area: 12, committee: 17 },
    indicators: 44,
    activities: 141,
    budgetLines: 151,
    budgetRequests: 2,
  },
};

describe("every report in data/reports", () => {
  it("is there: the three real reports", () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)("%s parses to its known counts, validates, loads and reads back unchanged", async (name) => {
    const report = await readReportFile(join(reportsDir, name));
    const expected = EXPECTED[name];
    const levels: Record<string, number> = {};
    for (const goal of report.goals) levels[goal.level] = (levels[goal.level] ?? 0) + 1;
    expect({
      organisation: report.organisation,
      kind: report.kind,
      year: report.year,
      goals: levels,
      indicators: report.indicators.length,
      activities: report.activities.length,
      budgetLines: report.budgetLines.length,
      budgetRequests: report.budgetRequests.length,
    }).toEqual(expected);
    expect(ParsedReport.safeParse(report).success).toBe(true);
    for (const item of [...report.goals, ...report.indicators, ...report.activities, ...report.budgetLines]) {
      expect(item.source.file).toBe(name);
      expect(item.source.line).toBeGreaterThan(0);
    }

    const db = openDatabase(":memory:");
    try {
      expect(saveReport(db, report).outcome).toBe("added");
      expect(saveReport(db, report).outcome).toBe("unchanged");
      const [summary] = listReports(db);
      expect(summary?.counts.indicators).toBe(report.indicators.length);
      expect(readReport(db, summary?.id ?? -1)).toEqual(report);
    } finally {
      db.close();
    }
  });
});
