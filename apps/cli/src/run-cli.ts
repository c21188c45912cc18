import { readFileSync } from "node:fs";
import { type CliIo, type Command, UsageError } from "./command.ts";
import { COMMANDS } from "./commands/index.ts";

/** Runs one `tertial` invocation and returns its exit code; no stack trace reaches the user. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  commands: readonly Command[] = COMMANDS,
): Promise<number> {
  const [name, ...args] = argv;
  if (name === "--version" || name === "-V") {
    io.out(`tertial ${version()}`);
    return 0;
  }
  if (name === "help" && args.length > 0) {
    const [topic, ...extra] = args;
    const command = commands.find((c) => c.name === topic);
    if (!command || extra.length > 0) {
      io.err(`tertial help: unknown command "${args.join(" ")}". Run "tertial help" for the list.`);
      return 2;
    }
    io.out(command.usage);
    return 0;
  }
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.out(helpText(commands));
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`tertial: unknown command "${name}". Run "tertial help" for the list.`);
    return 2;
  }
  if (args.includes("--help") || args.includes("-h")) {
    io.out(command.usage);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`tertial ${command.name}: ${error.message}\n\n${command.usage}`);
      return 2;
    }
    io.err(`tertial ${command.name}: ${describeError(error)}`);
    if (io.env["TERTIAL_DEBUG"] && error instanceof Error && error.stack) io.err(error.stack);
    return 1;
  }
}

/** The CLI's version, from its package.json (beside src/ and dist/ alike). */
export function version(): string {
  const manifest: unknown = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  return typeof manifest === "object" && manifest !== null && "version" in manifest ? String(manifest.version) : "?";
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

function helpText(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    "tertial — Stockholm's tertial reports, answered with sources",
    "",
    "Usage: tertial <command> [options]   (npm run -s tertial -- <command> …)",
    "       tertial --version",
    "",
    "Commands:",
    ...lines,
    "",
    'Run "tertial help <command>" or "tertial <command> --help" for a command\'s options.',
    "Set TERTIAL_DEBUG=1 to print the stack trace of an unexpected error.",
  ].join("\n");
}
