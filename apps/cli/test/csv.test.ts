import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Measure, ParsedReport } from "@tertial/domain";
import { readReportFile } from "@tertial/parser";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAskCommand } from "../src/commands/ask.ts";
import { exportCommand } from "../src/commands/export.ts";
import { createLoadCommand } from "../src/commands/load.ts";
import { makeWorkspace, noLoad, run } from "./cli-harness.ts";

const realReports = join(import.meta.dirname, "..", "..", "..", "data", "reports");
const FILE = "socialnamnden-t1-2020.txt";
const BOM = "\uFEFF";

let ws: ReturnType<typeof makeWorkspace>;
let report: ParsedReport;
beforeAll(async () => {
  ws = makeWorkspace();
  report = await readReportFile(join(realReports, FILE));
  const loaded = await run([createLoadCommand()], ["load", join(realReports, FILE), "--db", "t.db"], ws.path);
  expect(loaded.code).toBe(0);
}, 60_000);
afterAll(() => ws.remove());

/** Reads CSV the way Excel does: BOM, `;`, a header row. */
function readBack(text: string): Record<string, string>[] {
  return parse(text, { bom: true, delimiter: ";", columns: true });
}

/** A number as Excel reads it with Swedish settings ("5,4" → 5.4), or the text when it is not one. */
function excelNumber(cell: string | undefined): number | string | null {
  if (cell === undefined || cell === "") return null;
  return /^-?\d+(,\d+)?$/.test(cell) ? Number(cell.replace(",", ".")) : cell;
}

function measureCell(measure: Measure | null): number | string | null {
  return measure === null ? null : (measure.value ?? measure.raw);
}

describe("tertial export --csv", () => {
  it("writes one file per kind, each starting with a BOM, and says how many rows", async () => {
    const result = await run([exportCommand], ["export", "--csv", "--out", "csv", "--db", "t.db"], ws.path);
    expect(result.code).toBe(0);
    expect(result.err.split("\n")).toEqual([
      "csv/goals.csv: 32 rows",
      "csv/indicators.csv: 44 rows",
      "csv/activities.csv: 141 rows",
      "csv/budget-lines.csv: 151 rows",
      "csv/budget-requests.csv: 2 rows",
    ]);
    expect(
      [report.goals, report.indicators, report.activities, report.budgetLines, report.budgetRequests].map(
        (items) => items.length,
      ),
    ).toEqual([32, 44, 141, 151, 2]);
    for (const kind of ["goals", "indicators", "activities", "budget-lines", "budget-requests"]) {
      expect([...readFileSync(ws.file(`csv/${kind}.csv`)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
  });

  it("reads back with every indicator's values (decimal comma) and source", () => {
    const rows = readBack(readFileSync(ws.file("csv/indicators.csv"), "utf8"));
    expect(rows).toHaveLength(report.indicators.length);
    rows.forEach((row, i) => {
      const indicator = report.indicators[i];
      if (indicator === undefined) throw new Error(`no indicator ${i}`);
      expect([row["nämnd"], row["enhet"], row["rapport"]]).toEqual(["Socialnämnden", "", "T1 2020"]);
      expect(row["indikator"]).toBe(indicator.name);
      expect(excelNumber(row["utfall"])).toEqual(measureCell(indicator.outcome));
      expect(excelNumber(row["prognos helår"])).toEqual(measureCell(indicator.forecast));
      expect(excelNumber(row["årsmål"])).toEqual(measureCell(indicator.annualTarget));
      expect(excelNumber(row["KF:s årsmål"])).toEqual(measureCell(indicator.kfAnnualTarget));
      expect(row["status"]).toBe(indicator.status);
      expect(row["källa"]).toBe(`${FILE}:${indicator.source.line}`);
    });
    const sickLeave = rows.find((row) => row["indikator"] === "Sjukfrånvaro");
    expect(sickLeave).toMatchObject({
      utfall: "5,4",
      "utfall män": "4,4",
      "utfall kvinnor": "5,8",
      "prognos helår": "6,5",
      årsmål: "5,5",
      "KF:s årsmål": "Tas fram av nämnd/ styrelse",
      måttenhet: "%",
      riktning: "lower",
      status: "off-track",
      statusskäl: "prognos 6,5 % > årsmål 5,5 % (lägre är bättre)",
      källa: `${FILE}:1650`,
    });
  });

  it("reads back every budget line's amount and source", () => {
    const rows = readBack(readFileSync(ws.file("csv/budget-lines.csv"), "utf8"));
    expect(rows.map((row) => [row["rad"], row["kolumn"], excelNumber(row["belopp"]), row["källa"]])).toEqual(
      report.budgetLines.map((line) => [
        line.rowLabel,
        line.column,
        line.amount ?? line.raw,
        `${FILE}:${line.source.line}`,
      ]),
    );
    expect(rows.some((row) => /^-?\d+,\d+$/.test(row["belopp"] ?? ""))).toBe(true);
  });

  it("prints one kind on stdout with --kind, the same as its file", async () => {
    const result = await run([exportCommand], ["export", "--csv", "--kind", "goals", "--db", "t.db"], ws.path);
    expect(result.code).toBe(0);
    expect(`${result.out}\n`).toBe(readFileSync(ws.file("csv/goals.csv"), "utf8"));
    expect(result.out.startsWith(`${BOM}nämnd;enhet;rapport;mål-id;nivå;nummer;mål;`)).toBe(true);
  });

  it.each([
    [["--csv"], "--csv needs either --out <folder> (every kind) or --kind <kind> (one, on stdout)."],
    [
      ["--csv", "--kind", "mål"],
      'unknown --kind "mål"; one of goals, indicators, activities, budget-lines, budget-requests.',
    ],
    [["--json", "--csv"], "say which format: --json or --csv."],
    [["--json", "--kind", "goals"], "--out and --kind go with --csv."],
  ])("export %j is a usage error", async (args, message) => {
    const result = await run([exportCommand], ["export", ...args, "--db", "t.db"], ws.path);
    expect(result.code).toBe(2);
    expect(result.err.split("\n")[0]).toBe(`tertial export: ${message}`);
  });
});

describe("tertial ask --csv", () => {
  it("prints the answer's items: kind, name, report, each value, status and source", async () => {
    const ask = createAskCommand(noLoad);
    const result = await run(
      [ask],
      ["ask", "vad är sjukfrånvaron i Socialnämnden T1 2020?", "--csv", "--db", "t.db"],
      ws.path,
    );
    expect(result.code).toBe(0);
    expect(result.out.startsWith(BOM)).toBe(true);
    const rows = readBack(result.out);
    expect(rows[0]).toMatchObject({
      typ: "indicator",
      namn: "Sjukfrånvaro",
      rapport: "Socialnämnden T1 2020",
      utfall: "5,4 %",
      prognos: "6,5 %",
      årsmål: "5,5 %",
      status: "off-track",
      statusskäl: "prognos 6,5 % > årsmål 5,5 % (lägre är bättre)",
      källa: `${FILE}:1650`,
    });
  });
});
