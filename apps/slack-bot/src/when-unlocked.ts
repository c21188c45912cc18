import { setTimeout as sleep } from "node:timers/promises";

/**
 * How long one write on the bot's connection may hold up the event loop waiting for SQLite's write lock
 * (its busy_timeout). A load holds the lock for one report at a time and takes it again at once, so a
 * longer synchronous wait could block every other event's acknowledgement for seconds.
 */
export const BOT_BUSY_TIMEOUT_MS = 20;

/** True for SQLite's "database is locked" (SQLITE_BUSY…), also when wrapped in a StoreError's cause. */
export function isLocked(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 3; depth += 1) {
    if ("code" in current && typeof current.code === "string" && current.code.startsWith("SQLITE_BUSY")) return true;
    current = current.cause;
  }
  return false;
}

/**
 * Runs a short synchronous write; while the database is locked (a load is writing), tries again after
 * an asynchronous pause (25 ms doubling to 200 ms) instead of blocking the event loop, for up to
 * `timeoutMs`. Any other error, or the lock outlasting the timeout, is thrown.
 */
export async function whenUnlocked<T>(write: () => T, timeoutMs = 10_000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (let pause = 25; ; pause = Math.min(pause * 2, 200)) {
    try {
      return write();
    } catch (error) {
      if (!isLocked(error) || performance.now() + pause > deadline) throw error;
    }
    await sleep(pause);
  }
}
