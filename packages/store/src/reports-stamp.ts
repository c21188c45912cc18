import type { Db } from "./open-database.ts";
import { statement } from "./statements.ts";

/**
 * A short text that changes whenever a report is added, replaced or deleted, by this connection or any
 * other process (e.g. `tertial load` while the bot runs). Cheap enough to check before every question:
 * one pass over the report table, about a quarter of a millisecond at 1,000 reports.
 */
export function reportsStamp(db: Db): string {
  const row = statement<[], { n: number; maxId: number; sumId: number; lastLoad: string }>(
    db,
    "SELECT count(*) AS n, ifnull(max(id), 0) AS maxId, ifnull(sum(id), 0) AS sumId, ifnull(max(loaded_at), '') AS lastLoad FROM report",
  ).get();
  return row === undefined ? "" : `${row.n}:${row.maxId}:${row.sumId}:${row.lastLoad}`;
}
