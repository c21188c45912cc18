import { inspect } from "node:util";
import { LogLevel, type Logger } from "@slack/bolt";
import { redactSecrets } from "./redact.ts";

const SEVERITY: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
};

export interface LoggerOptions {
  level?: LogLevel;
  /** Exact strings to blank out besides token shapes (tokens, signing secret). */
  secrets?: readonly string[];
  /** Where finished lines go; stderr by default. */
  write?: (line: string) => void;
  now?: () => Date;
}

/**
 * The bot's one logger, handed to Bolt, the WebClient and the Socket Mode client alike. Every line is
 * redacted (Slack token shapes and the configured secrets) after formatting, so an error message or a
 * logged request body cannot leak a token.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  let level = options.level ?? LogLevel.INFO;
  let name = "tertial";
  const secrets = options.secrets ?? [];
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const now = options.now ?? (() => new Date());
  const log = (at: LogLevel, parts: unknown[]) => {
    if (SEVERITY[at] < SEVERITY[level]) return;
    const text = parts
      .map((part) => (typeof part === "string" ? part : inspect(part, { depth: 4, breakLength: Infinity })))
      .join(" ");
    write(redactSecrets(`${now().toISOString()} ${at.toUpperCase()} ${name}: ${text}`, secrets));
  };
  return {
    debug: (...parts: unknown[]) => log(LogLevel.DEBUG, parts),
    info: (...parts: unknown[]) => log(LogLevel.INFO, parts),
    warn: (...parts: unknown[]) => log(LogLevel.WARN, parts),
    error: (...parts: unknown[]) => log(LogLevel.ERROR, parts),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next: string) => {
      name = next;
    },
  };
}
