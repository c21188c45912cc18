import { createInterface } from "node:readline";
import { createEngine, renderText, type ConversationState } from "@tertial/engine";
import { openDatabase } from "@tertial/store";
import type { CliIo, Command } from "../command.ts";
import { ensureLoadedForCli } from "../ensure-loaded.ts";
import { parseFlags } from "../parse-flags.ts";
import { DB_OPTION, DB_USAGE, resolveDbPath } from "../paths.ts";
import type { QuestionCommandDeps } from "./ask.ts";

export interface ChatCommandDeps extends QuestionCommandDeps {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** True for an interactive terminal: prompt, greeting and line editing with history. */
  isTerminal?: boolean;
}

const EXIT = /^(exit|quit|avsluta|sluta|hejdå|hej då|bye)$/i;

/**
 * `tertial chat`: a conversation on stdin. Follow-ups ("och för Norrmalm?", "what about T2?") keep the
 * previous question's subject. On a terminal it prompts and keeps a line history; with piped input it
 * prints only the answers. "exit", "quit" or end of input (Ctrl-D) ends it.
 */
export function createChatCommand(deps: ChatCommandDeps = {}): Command {
  const ensure = deps.ensureLoaded ?? ((io: CliIo, dbPath: string) => ensureLoadedForCli(io, dbPath));
  return {
    name: "chat",
    summary: "Ask questions in a conversation, with follow-ups (exit, quit or Ctrl-D ends it)",
    usage: [
      "Usage: tertial chat [--db <file>]",
      "",
      "  Reads questions from the terminal or from piped stdin, one per line.",
      DB_USAGE,
    ].join("\n"),
    async run(args, io) {
      const { values } = parseFlags({ args, options: { ...DB_OPTION } });
      const dbPath = resolveDbPath(values.db, io.env);
      // Only the default database is created on first use; one named with --db is only read.
      if (values.db === undefined) await ensure(io, dbPath);
      const input = deps.input ?? process.stdin;
      const isTerminal = deps.isTerminal ?? process.stdin.isTTY === true;
      const db = openDatabase(dbPath, { readonly: true });
      const lines = createInterface({
        input,
        ...(isTerminal
          ? { output: deps.output ?? process.stdout, terminal: true, historySize: 200 }
          : { terminal: false }),
      });
      try {
        const engine = createEngine(db);
        let state: ConversationState | undefined;
        if (isTerminal) {
          io.out('Ställ en fråga om rapporterna (eller "hjälp"). Ask in English too. "exit" avslutar.');
          lines.setPrompt("tertial> ");
          lines.prompt();
        }
        for await (const line of lines) {
          const question = line.trim();
          if (EXIT.test(question)) break;
          if (question !== "") {
            try {
              const result = engine.ask(question, state);
              state = result.state;
              io.out(`${renderText(result.answer)}\n`);
            } catch (error) {
              io.err(
                `Something went wrong with that question: ${error instanceof Error ? error.message : String(error)}`,
              );
            }
          }
          if (isTerminal) lines.prompt();
        }
      } finally {
        lines.close();
        db.close();
      }
      return 0;
    },
  };
}

export const chatCommand: Command = createChatCommand();
