import { type Db, openDatabase } from "@tertial/store";
import { loadPaths, type ReportReader } from "@tertial/loader";
import { type Command, UsageError } from "../command.ts";
import { identityFromFlags, IDENTITY_OPTIONS, IDENTITY_USAGE } from "../identity-flags.ts";
import { formatLoadSummary } from "../load-summary.ts";
import { parseFlags } from "../parse-flags.ts";
import { DB_OPTION, DB_USAGE, displayPath, resolveDbPath, resolveUserPath } from "../paths.ts";
import { createLoadProgress } from "../progress.ts";

export interface LoadCommandDeps {
  /** Defaults to the parser's readReportFile. */
  read?: ReportReader;
  /** Defaults to openDatabase; tests pass one that simulates a full disk. */
  open?: (path: string) => Db;
}

export function createLoadCommand(deps: LoadCommandDeps = {}): Command {
  return {
    name: "load",
    summary: "Load report files or folders into the database (unchanged reports are skipped)",
    usage: [
      "Usage: tertial load <file|folder>… [--replace] [--json] [--db <file>] [identity options]",
      "",
      "  Loads every .txt report in each folder, each report in its own transaction. A report that",
      "  fails leaves the database as it was; a changed report replaces its earlier version.",
      "  Only regular files up to 20 MB are read (TERTIAL_MAX_REPORT_MB changes the limit); every",
      "  file passed over is listed with the reason.",
      "  --replace           store a report even when it repeats itself or holds less than the",
      "                      version it replaces (refused otherwise); the reason is kept as a warning",
      "  --json              print the summary as JSON (added, unchanged, replaced, failed, counts, files,",
      "                      warnings) instead of text; progress stays on stderr",
      DB_USAGE,
      `${IDENTITY_USAGE}\n                      (identity options need exactly one file)`,
    ].join("\n"),
    async run(args, io) {
      const { values, positionals } = parseFlags({
        args,
        allowPositionals: true,
        options: {
          json: { type: "boolean", default: false },
          ...DB_OPTION,
          ...IDENTITY_OPTIONS,
          replace: { type: "boolean", default: false },
        },
      });
      if (positionals.length === 0)
        throw new UsageError("name the report files or folders to load, e.g. data/reports.");
      const identity = identityFromFlags(values);
      if (Object.keys(identity).length > 0 && positionals.length !== 1) {
        throw new UsageError("identity options apply to one report file; load the others separately.");
      }
      const paths = positionals.map((path) => resolveUserPath(path, io.env));
      const dbPath = resolveDbPath(values.db, io.env);
      const maxBytes = maxReportBytes(io.env);
      const db = (deps.open ?? openDatabase)(dbPath);
      const progress = createLoadProgress(io);
      try {
        const summary = await loadPaths(db, paths, {
          identity,
          replace: values.replace,
          ...(maxBytes === undefined ? {} : { maxBytes }),
          onProgress: (event) => progress.onProgress(event),
          ...(deps.read ? { read: deps.read } : {}),
        });
        progress.stop();
        if (values.json) io.out(JSON.stringify(summary, null, 2));
        else for (const line of formatLoadSummary(summary, displayPath(dbPath, io.env))) io.out(line);
        return summary.failed > 0 ? 1 : 0;
      } finally {
        progress.stop();
        db.close();
      }
    },
  };
}

export const loadCommand = createLoadCommand();

/** TERTIAL_MAX_REPORT_MB in bytes, or undefined for the store's default (20 MB). */
export function maxReportBytes(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env["TERTIAL_MAX_REPORT_MB"];
  if (raw === undefined || raw.trim() === "") return undefined;
  const megabytes = Number(raw);
  if (!Number.isFinite(megabytes) || megabytes <= 0)
    throw new UsageError(`TERTIAL_MAX_REPORT_MB must be a number of megabytes above 0, got "${raw}".`);
  return Math.floor(megabytes * 1024 * 1024);
}
