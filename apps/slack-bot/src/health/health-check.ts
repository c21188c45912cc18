import type { ServerResponse } from "node:http";
import type { CustomRoute } from "@slack/bolt";
import { countReports, type Db } from "@tertial/store";

export const HEALTH_PATH = "/healthz";

/** GET /healthz's JSON body: never a token, a secret or a path beyond what the database error names. */
export type HealthBody =
  | { status: "ok"; mode: "http" | "socket"; database: "ok"; reports: number }
  | { status: "error"; mode: "http" | "socket"; database: "error"; reason: string };

/**
 * Whether the bot's database answers, and how many reports it holds (what the engine answers from: it
 * re-reads the reports when a load changes them). 200 when the count succeeds, 503 with a one-line
 * reason when it throws (a closed connection, a missing table, a damaged file).
 */
export function checkHealth(db: Db, mode: "http" | "socket"): { statusCode: 200 | 503; body: HealthBody } {
  try {
    return { statusCode: 200, body: { status: "ok", mode, database: "ok", reports: countReports(db) } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reason = `the database does not answer: ${message.replace(/\s+/g, " ").trim()}`;
    return { statusCode: 503, body: { status: "error", mode, database: "error", reason } };
  }
}

/** Writes checkHealth's answer as JSON. */
export function respondHealth(db: Db, mode: "http" | "socket", res: ServerResponse): void {
  const { statusCode, body } = checkHealth(db, mode);
  res.writeHead(statusCode, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

/** GET /healthz as one of Bolt's customRoutes (HTTP mode: on PORT, beside /slack/events, unsigned). */
export function healthRoute(db: Db, mode: "http" | "socket"): CustomRoute {
  return { path: HEALTH_PATH, method: ["GET"], handler: (_req, res) => respondHealth(db, mode, res) };
}
