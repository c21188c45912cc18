import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { StoreError, toStoreError } from "./errors.ts";
import { MIGRATIONS } from "./migrations/index.ts";

export type Db = Database.Database;

export interface OpenOptions {
  /** Open without writing: no migrations, no schema changes; the file must exist and be current. */
  readonly?: boolean;
}

/**
 * The one way into the database: WAL, foreign keys, a 5 s busy timeout, synchronous NORMAL, and the
 * append-only migrations (PRAGMA user_version). Throws StoreError for a file that is not SQLite, a
 * database from a newer tertial, a read-only location, or a missing file in read-only mode.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const isMemory = path === ":memory:" || path === "";
  const readonly = options.readonly === true;
  if (!isMemory && !readonly) {
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (error) {
      throw new StoreError(
        `cannot create the folder for the database ${path}.`,
        "Choose a writable location with --db or TERTIAL_DB.",
        { cause: error },
      );
    }
  }
  let db: Db;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly });
  } catch (error) {
    if (readonly && error instanceof Error && /does not exist|unable to open/i.test(error.message)) {
      throw new StoreError(
        `no database at ${path}.`,
        "Load the reports first: npm run -s tertial -- load data/reports",
        { cause: error },
      );
    }
    throw toStoreError(error, path);
  }
  try {
    configure(db, readonly);
    migrate(db, path, readonly);
    return db;
  } catch (error) {
    db.close();
    throw toStoreError(error, path);
  }
}

function configure(db: Db, readonly: boolean): void {
  db.pragma("busy_timeout = 5000");
  // Reading the schema first turns a non-SQLite file into SQLITE_NOTADB here, not in a later query.
  db.pragma("schema_version");
  if (!readonly) db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
}

function migrate(db: Db, path: string, readonly: boolean): void {
  const known = MIGRATIONS.length;
  const current = userVersion(db);
  if (current > known) {
    throw new StoreError(
      `${path} was written by a newer version of tertial (schema ${current}, this version knows ${known}).`,
      "Update tertial (git pull), or use another --db.",
    );
  }
  if (current === known) return;
  if (readonly) {
    throw new StoreError(
      `${path} has an older schema (${current} < ${known}).`,
      "Run any loading command once (npm run -s tertial -- load data/reports) to upgrade it.",
    );
  }
  db.transaction(() => {
    // Re-read inside the write lock: another process may have migrated meanwhile.
    const applied = userVersion(db);
    if (applied > known)
      throw new StoreError(
        `${path} was written by a newer version of tertial.`,
        "Update tertial, or use another --db.",
      );
    for (const migration of MIGRATIONS.slice(applied)) {
      db.exec(migration.sql);
      migration.backfill?.(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
}

function userVersion(db: Db): number {
  const value: unknown = db.pragma("user_version", { simple: true });
  return typeof value === "number" ? value : 0;
}
