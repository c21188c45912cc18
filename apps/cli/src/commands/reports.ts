import { listReports, openDatabase, type ReportSummary } from "@tertial/store";
import type { Command } from "../command.ts";
import { parseFlags } from "../parse-flags.ts";
import { DB_OPTION, DB_USAGE, displayPath, resolveDbPath } from "../paths.ts";

const HEADER = [
  "Id",
  "Organisation",
  "Unit",
  "Period",
  "Goals",
  "Indicators",
  "Activities",
  "Budget lines",
  "Loaded at",
];

export const reportsCommand: Command = {
  name: "reports",
  summary: "List the loaded reports (organisation, unit, period, counts, when loaded)",
  usage: [
    "Usage: tertial reports [--json] [--db <file>]",
    "",
    "  --json              print the list as JSON",
    DB_USAGE,
  ].join("\n"),
  async run(args, io) {
    const { values } = parseFlags({ args, options: { json: { type: "boolean", default: false }, ...DB_OPTION } });
    const dbPath = resolveDbPath(values.db, io.env);
    const db = openDatabase(dbPath, { readonly: true });
    let reports: ReportSummary[];
    try {
      reports = listReports(db);
    } finally {
      db.close();
    }
    if (values.json) {
      io.out(JSON.stringify(reports, null, 2));
      return 0;
    }
    if (reports.length === 0) {
      io.out(`No reports in ${displayPath(dbPath, io.env)}. Load them with: npm run -s tertial -- load data/reports`);
      return 0;
    }
    io.out(formatTable([HEADER, ...reports.map(toCells)]));
    return 0;
  },
};

function toCells(report: ReportSummary): string[] {
  const { counts } = report;
  return [
    String(report.id),
    report.organisation,
    report.unit ?? "—",
    `${report.kind} ${report.year}`,
    String(counts.goals),
    String(counts.indicators),
    String(counts.activities),
    String(counts.budgetLines),
    report.loadedAt.replace("T", " ").slice(0, 16),
  ];
}

/** Left-aligned text columns, numbers right-aligned, two spaces apart. */
function formatTable(rows: string[][]): string {
  const widths = rows.reduce<number[]>((acc, row) => row.map((cell, i) => Math.max(acc[i] ?? 0, cell.length)), []);
  const numeric = new Set([0, 4, 5, 6, 7]);
  return rows
    .map((row) =>
      row
        .map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
