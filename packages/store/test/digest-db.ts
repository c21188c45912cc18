import { migration003, openDatabase, type Db } from "../src/index.ts";

/**
 * openDatabase plus the digest tables: applies migration 003 itself while it is not yet listed in
 * MIGRATIONS (it waits there for 002), and does nothing once it is.
 */
export function openDigestDb(path = ":memory:"): Db {
  const db = openDatabase(path);
  const exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'digest_delivery'").get() !== undefined;
  if (!exists) db.exec(migration003.sql);
  return db;
}
