/**
 * How long one write on the bot's connection may hold up the event loop waiting for SQLite's write lock
 * (its busy_timeout): not at all. A load holds the lock for one report at a time and takes it again
 * soon after; waiting synchronously, even 20 ms per write, added up to seconds with many writes queued
 * and held up every other event's acknowledgement. Writes that find the database locked wait in a
 * WriteQueue instead.
 */
export const BOT_BUSY_TIMEOUT_MS = 0;

/** How often a queued write tries the lock again (each try costs microseconds: it never waits). */
const POLL_MS = 5;
/** A queued write gives up after this long (a load of 300 reports takes about a minute). */
const DEFAULT_TIMEOUT_MS = 180_000;

/** True for SQLite's "database is locked" (SQLITE_BUSY…), also when wrapped in a StoreError's cause. */
export function isLocked(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 3; depth += 1) {
    if ("code" in current && typeof current.code === "string" && current.code.startsWith("SQLITE_BUSY")) return true;
    current = current.cause;
  }
  return false;
}

interface Job {
  write: () => unknown;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  deadline: number;
}

/**
 * The bot's writes, in order, without ever blocking the event loop on the write lock: a write runs at
 * once when nothing is queued and the database is free; otherwise it is queued, and one timer tries the
 * head of the queue every 5 ms (a try that finds the lock taken returns at once) until the lock is free
 * between two of a load's reports. Any other error, or waiting past the timeout, rejects that write.
 */
export class WriteQueue {
  private readonly jobs: Job[] = [];
  private timer: NodeJS.Timeout | null = null;

  /** How many writes wait for the lock. */
  get size(): number {
    return this.jobs.length;
  }

  run<T>(write: () => T, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
    if (this.jobs.length === 0) {
      try {
        return Promise.resolve(write());
      } catch (error) {
        if (!isLocked(error)) return Promise.reject(error);
      }
    }
    return new Promise<T>((resolve, reject) => {
      this.jobs.push({
        write,
        resolve: resolve as (value: unknown) => void,
        reject,
        deadline: performance.now() + timeoutMs,
      });
      this.timer ??= setTimeout(() => this.drain(), POLL_MS);
    });
  }

  private drain(): void {
    this.timer = null;
    for (let job = this.jobs[0]; job !== undefined; job = this.jobs[0]) {
      try {
        const value = job.write();
        this.jobs.shift();
        job.resolve(value);
      } catch (error) {
        if (!isLocked(error)) {
          this.jobs.shift();
          job.reject(error);
          continue;
        }
        const now = performance.now();
        for (let i = this.jobs.length - 1; i >= 0; i -= 1) {
          const waiting = this.jobs[i];
          if (waiting !== undefined && waiting.deadline <= now) {
            this.jobs.splice(i, 1);
            waiting.reject(error);
          }
        }
        break;
      }
    }
    if (this.jobs.length > 0) this.timer = setTimeout(() => this.drain(), POLL_MS);
  }
}
