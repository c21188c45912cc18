import { createEngine, renderText } from "@tertial/engine";
import { openDatabase } from "@tertial/store";
import { type CliIo, type Command, UsageError } from "../command.ts";
import { answerCsv } from "../csv/answer-csv.ts";
import { ensureLoadedForCli } from "../ensure-loaded.ts";
import { parseFlags } from "../parse-flags.ts";
import { DB_OPTION, DB_USAGE, resolveDbPath } from "../paths.ts";

export interface QuestionCommandDeps {
  /** Loads data/reports into the default database when it does not exist yet; tests pass a no-op. */
  ensureLoaded?: (io: CliIo, dbPath: string) => Promise<unknown>;
}

/** `tertial ask "<question>" [--json]`: one answer, as text or as the Answer JSON. */
export function createAskCommand(deps: QuestionCommandDeps = {}): Command {
  const ensure = deps.ensureLoaded ?? ((io: CliIo, dbPath: string) => ensureLoadedForCli(io, dbPath));
  return {
    name: "ask",
    summary: "Answer one question about the loaded reports, with sources (Swedish or English)",
    usage: [
      'Usage: tertial ask "<question>" [--json | --csv] [--db <file>]',
      "",
      '  Examples: tertial ask "vilka indikatorer är försenade denna tertial?"',
      '            tertial ask "hur går det för Norrmalm?"',
      '            tertial ask "what is the sick leave in Socialnämnden T1 2020?" --json',
      "  --json              print the answer as JSON (question, language, intent, scope, lead, items, notes, computed, suggestions, answerText; see packages/engine/README.md)",
      "  --csv               print the answer's items as CSV for Swedish Excel (`;`, decimal comma, BOM):",
      "                      typ, namn, rapport, each value, status, statusskäl, källa (file:line)",
      DB_USAGE,
      "  Without --db, loads data/reports first when the default database does not exist yet.",
    ].join("\n"),
    async run(args, io) {
      const { values, positionals } = parseFlags({
        args,
        allowPositionals: true,
        options: { json: { type: "boolean", default: false }, csv: { type: "boolean", default: false }, ...DB_OPTION },
      });
      if (positionals.length === 0)
        throw new UsageError('give a question, e.g. tertial ask "vilka mål uppfylls delvis?"');
      if (values.json && values.csv) throw new UsageError("--json or --csv, not both.");
      const dbPath = resolveDbPath(values.db, io.env);
      // Only the default database is created on first use; one named with --db is only read.
      if (values.db === undefined) await ensure(io, dbPath);
      const db = openDatabase(dbPath, { readonly: true });
      try {
        const { answer } = createEngine(db).ask(positionals.join(" "));
        if (values.csv) {
          io.out(answerCsv(answer).replace(/\n$/, ""));
        } else if (values.json) {
          const { lead: _lead, notes: _notes, ...json } = answer;
          io.out(JSON.stringify(json, null, 2));
        } else {
          io.out(renderText(answer));
        }
      } finally {
        db.close();
      }
      return 0;
    },
  };
}

export const askCommand: Command = createAskCommand();
