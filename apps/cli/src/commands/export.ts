import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { listReports, openDatabase, readReport } from "@tertial/store";
import { type Command, UsageError } from "../command.ts";
import { excelCsv } from "../csv/excel-csv.ts";
import { FACT_KINDS, type FactKind, factTable } from "../csv/fact-tables.ts";
import { parseFlags } from "../parse-flags.ts";
import { DB_OPTION, DB_USAGE, displayPath, resolveDbPath, resolveUserPath } from "../paths.ts";

export const exportCommand: Command = {
  name: "export",
  summary: "Print every loaded report as JSON (as parse --json prints it), or write CSV for Excel",
  usage: [
    "Usage: tertial export --json [--db <file>]",
    "       tertial export --csv --out <folder> [--db <file>]",
    "       tertial export --csv --kind <kind> [--db <file>]",
    "",
    "  --json              an array of reports in the shape of `tertial parse --json`, read back from the database",
    "  --csv               CSV for Swedish Excel: `;` between fields, decimal comma, UTF-8 with BOM; every row",
    "                      names its report (nämnd, enhet, rapport) and its source (källa: file:line)",
    `  --out <folder>      write one file per kind: ${FACT_KINDS.map((kind) => `${kind}.csv`).join(", ")}`,
    `  --kind <kind>       print one kind on stdout: ${FACT_KINDS.join(", ")}`,
    DB_USAGE,
  ].join("\n"),
  async run(args, io) {
    const { values } = parseFlags({
      args,
      options: {
        json: { type: "boolean", default: false },
        csv: { type: "boolean", default: false },
        out: { type: "string" },
        kind: { type: "string" },
        ...DB_OPTION,
      },
    });
    if (values.json === values.csv) throw new UsageError("say which format: --json or --csv.");
    if (values.json && (values.out !== undefined || values.kind !== undefined))
      throw new UsageError("--out and --kind go with --csv.");
    if (values.csv && (values.out === undefined) === (values.kind === undefined))
      throw new UsageError("--csv needs either --out <folder> (every kind) or --kind <kind> (one, on stdout).");
    const kind = values.kind === undefined ? undefined : factKind(values.kind);
    const db = openDatabase(resolveDbPath(values.db, io.env), { readonly: true });
    let reports: ReturnType<typeof readReport>[];
    try {
      reports = listReports(db).map((summary) => readReport(db, summary.id));
    } finally {
      db.close();
    }
    if (values.json) {
      io.out(JSON.stringify(reports, null, 2));
      return 0;
    }
    if (kind !== undefined) {
      const { header, rows } = factTable(kind, reports);
      io.out(excelCsv(header, rows).replace(/\n$/, ""));
      return 0;
    }
    const folder = resolveUserPath(values.out ?? ".", io.env);
    mkdirSync(folder, { recursive: true });
    for (const each of FACT_KINDS) {
      const { header, rows } = factTable(each, reports);
      writeFileSync(join(folder, `${each}.csv`), excelCsv(header, rows));
      io.err(`${displayPath(join(folder, `${each}.csv`), io.env)}: ${rows.length} rows`);
    }
    return 0;
  },
};

function factKind(value: string): FactKind {
  const kind = FACT_KINDS.find((each) => each === value);
  if (kind === undefined) throw new UsageError(`unknown --kind "${value}"; one of ${FACT_KINDS.join(", ")}.`);
  return kind;
}
