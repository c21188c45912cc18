import type { Db } from "./open-database.ts";

/**
 * WAL pages between automatic checkpoints while loading (64 MB at 4 kB pages, instead of SQLite's
 * 1,000). Every report commits its own transaction and touches pages all over the name indexes, so
 * at the default the same index pages were copied into the database file again every few reports.
 */
const LOAD_CHECKPOINT_PAGES = 16_384;

/**
 * Runs a load with fewer, larger checkpoints, then checkpoints what the load wrote (PASSIVE: it
 * waits for no reader) and restores the connection's own setting, so the next writer does not pay
 * for the load's WAL.
 */
export async function withLoadPragmas<T>(db: Db, load: () => Promise<T>): Promise<T> {
  const previous: unknown = db.pragma("wal_autocheckpoint", { simple: true });
  db.pragma(`wal_autocheckpoint = ${LOAD_CHECKPOINT_PAGES}`);
  try {
    return await load();
  } finally {
    db.pragma(`wal_autocheckpoint = ${typeof previous === "number" ? previous : 1000}`);
    checkpoint(db);
  }
}

/** Best effort: a checkpoint that cannot run now (disk full, busy) leaves a valid WAL for the next one. */
function checkpoint(db: Db): void {
  if (!db.open || db.readonly || db.inTransaction) return;
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch {
    // The WAL stays as it is; SQLite checkpoints it on a later commit.
  }
}
