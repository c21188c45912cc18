import { listReports, openDatabase, readReport } from "@tertial/store";
import { type Command, UsageError } from "../command.ts";
import { parseFlags } from "../parse-flags.ts";
import { DB_OPTION, DB_USAGE, resolveDbPath } from "../paths.ts";

export const exportCommand: Command = {
  name: "export",
  summary: "Print every loaded report as JSON, exactly as parse --json prints it",
  usage: [
    "Usage: tertial export --json [--db <file>]",
    "",
    "  --json              an array of reports in the shape of `tertial parse --json`, read back from the database",
    DB_USAGE,
  ].join("\n"),
  async run(args, io) {
    const { values } = parseFlags({ args, options: { json: { type: "boolean", default: false }, ...DB_OPTION } });
    if (!values.json) throw new UsageError("JSON is the only export format: add --json.");
    const db = openDatabase(resolveDbPath(values.db, io.env), { readonly: true });
    try {
      const reports = listReports(db).map((summary) => readReport(db, summary.id));
      io.out(JSON.stringify(reports, null, 2));
      return 0;
    } finally {
      db.close();
    }
  },
};
