import { existsSync, readFileSync } from "node:fs";
import { parseEnv } from "node:util";

/**
 * Adds the variables of a `.env` file (if there is one) to `env`, as the bot does at start: variables
 * already set in the environment win. Returns the names it added, sorted.
 */
export function loadDotEnv(path: string, env: NodeJS.ProcessEnv): string[] {
  if (!existsSync(path)) return [];
  const added: string[] = [];
  for (const [name, value] of Object.entries(parseEnv(readFileSync(path, "utf8")))) {
    if (value === undefined || env[name] !== undefined) continue;
    env[name] = value;
    added.push(name);
  }
  return added.sort();
}
