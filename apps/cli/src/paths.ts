import { isAbsolute, relative, resolve } from "node:path";
import { defaultDbPath, defaultReportsDir } from "@tertial/store";

export { defaultReportsDir };

/** The folder the user typed the command in: npm run moves to the repo root but keeps INIT_CWD. */
export function userCwd(env: NodeJS.ProcessEnv): string {
  return env["INIT_CWD"] ?? process.cwd();
}

/** A path the user typed, resolved against the folder they typed it in. */
export function resolveUserPath(path: string, env: NodeJS.ProcessEnv): string {
  return isAbsolute(path) ? path : resolve(userCwd(env), path);
}

/** --db as typed, else TERTIAL_DB (relative to the repo root), else data/tertial.db in the repo. */
export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  return flag !== undefined ? resolveUserPath(flag, env) : defaultDbPath(env);
}

/** A path for messages: relative to where the user stands when that is shorter. */
export function displayPath(path: string, env: NodeJS.ProcessEnv): string {
  const rel = relative(userCwd(env), path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

export const DB_OPTION = { db: { type: "string" } } as const;
export const DB_USAGE = "  --db <file>         the database (default data/tertial.db in the repo, or TERTIAL_DB)";
