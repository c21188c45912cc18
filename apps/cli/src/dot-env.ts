import { existsSync, readFileSync } from "node:fs";
import { parseEnv } from "node:util";

/** A `.env` that exists but cannot be read (a folder, no permission): its message is one line for the user. */
export class DotEnvError extends Error {}

/**
 * Adds the variables of a `.env` file (if there is one) to `env`, as the bot does at start: variables
 * already set in the environment win. Returns the names it added, sorted. Throws DotEnvError when the
 * file is there but cannot be read.
 */
export function loadDotEnv(path: string, env: NodeJS.ProcessEnv): string[] {
  if (!existsSync(path)) return [];
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DotEnvError(`cannot read ${path}: ${reason}. Fix or remove it; variables in .env are optional.`);
  }
  const added: string[] = [];
  for (const [name, value] of Object.entries(parseEnv(text))) {
    if (value === undefined || env[name] !== undefined) continue;
    env[name] = value;
    added.push(name);
  }
  return added.sort();
}
