import { isAbsolute, resolve } from "node:path";

/** The repository root: scripts run from a workspace folder (turbo, npm -w) still find data/ here. */
export const REPO_ROOT = resolve(import.meta.dirname, "..", "..", "..");

/** A path relative to the repository root (absolute paths are returned as they are). */
export function repoPath(path: string): string {
  return isAbsolute(path) ? path : resolve(REPO_ROOT, path);
}

/** data/tertial.db, or TERTIAL_DB (relative to the repository root) when set. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env["TERTIAL_DB"];
  return repoPath(fromEnv !== undefined && fromEnv !== "" ? fromEnv : "data/tertial.db");
}

/** data/reports: the committed report texts. */
export function defaultReportsDir(): string {
  return repoPath("data/reports");
}
