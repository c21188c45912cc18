import { readReportFile } from "@tertial/parser";
import { type Command, UsageError } from "../command.ts";
import { IDENTITY_OPTIONS, IDENTITY_USAGE, identityFromFlags } from "../identity-flags.ts";
import { parseFlags } from "../parse-flags.ts";
import { resolveUserPath } from "../paths.ts";

export const parseCommand: Command = {
  name: "parse",
  summary: "Parse one report file and print what was read (--json for the full model)",
  usage: [
    "Usage: tertial parse <file> [--json] [identity options]",
    "",
    "  --json              print the report as JSON (Report fields, goals, indicators, activities,",
    "                      budgetLines, budgetRequests, warnings), every item with source { file, line, endLine? }",
    IDENTITY_USAGE,
  ].join("\n"),
  async run(args, io) {
    const { values, positionals } = parseFlags({
      args,
      allowPositionals: true,
      options: { json: { type: "boolean", default: false }, ...IDENTITY_OPTIONS },
    });
    const [file, ...rest] = positionals;
    if (file === undefined) throw new UsageError("name the report file to parse.");
    if (rest.length > 0) throw new UsageError(`one file at a time (got ${positionals.length}).`);
    const report = await readReportFile(resolveUserPath(file, io.env), identityFromFlags(values));
    if (values.json) {
      io.out(JSON.stringify(report, null, 2));
      return 0;
    }
    const where = report.unit ? `${report.organisation}, ${report.unit}` : report.organisation;
    io.out(
      `${report.sourceFile}: ${report.kind} ${report.year}, ${where}${report.date ? ` (${report.date})` : ""} [identity: ${report.identitySource}]`,
    );
    io.out(
      `  ${report.goals.length} goals, ${report.indicators.length} indicators, ${report.activities.length} activities, ` +
        `${report.budgetLines.length} budget lines, ${report.budgetRequests.length} budget requests`,
    );
    for (const warning of report.warnings) io.err(`  warning ${warning.file}:${warning.line} ${warning.message}`);
    return 0;
  },
};
