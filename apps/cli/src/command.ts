/** Where a command writes; tests pass their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal (progress bars, colours). */
  isTty: boolean;
  env: NodeJS.ProcessEnv;
}

export interface Command {
  name: string;
  /** One line for `tertial help`. */
  summary: string;
  /** Full usage text for `tertial <name> --help`. */
  usage: string;
  /** Returns the exit code. Throw UsageError for bad arguments, a typed error for expected failures. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** Bad command-line arguments: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
