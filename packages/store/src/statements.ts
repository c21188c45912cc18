import type { Statement } from "better-sqlite3";
import type { Db } from "./open-database.ts";

const CACHE = new WeakMap<Db, Map<string, Statement>>();

/** A prepared statement, compiled once per connection and reused. */
export function statement<P extends object | unknown[] = object, R = unknown>(db: Db, sql: string): Statement<P, R> {
  let byText = CACHE.get(db);
  if (!byText) {
    byText = new Map();
    CACHE.set(db, byText);
  }
  let prepared = byText.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    byText.set(sql, prepared);
  }
  return prepared as Statement<P, R>;
}
