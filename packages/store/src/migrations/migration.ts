import type { Db } from "../open-database.ts";

/** One schema step. Append-only: never edit a migration that has shipped; add the next number instead. */
export interface Migration {
  /** 1-based; equals PRAGMA user_version after it ran. */
  version: number;
  name: string;
  sql: string;
  /** Rewrites rows already stored where SQL alone cannot (runs after `sql`, in the same transaction). */
  backfill?: (db: Db) => void;
}
