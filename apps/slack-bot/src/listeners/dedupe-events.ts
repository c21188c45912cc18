import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import { claimSlackEvent, isSlackEventClaimed } from "@tertial/store";
import type { BotDeps } from "../deps.ts";
import { isLocked } from "../when-unlocked.ts";

/** How often event ids claimed while the database was locked are written again. */
const FLUSH_INTERVAL_MS = 100;

/**
 * Global middleware: an Events API delivery whose event_id was already handled is dropped (Bolt has
 * acknowledged it already), so a redelivery never produces a second answer, across restarts too.
 * X-Slack-Retry-Num only decides the log line: a retry whose first delivery never reached us is answered.
 *
 * The claim never waits for a load's write lock: when the database is locked, the id is claimed in
 * memory (after a read, which WAL never blocks, found no earlier claim) and written to SQLite as soon
 * as the lock is free, so the dedupe still survives a restart.
 */
export function createDedupeEvents(deps: BotDeps): Middleware<AnyMiddlewareArgs> & { flush(): void } {
  /** Ids claimed in memory, not yet in SQLite, with the time they were claimed. */
  const pending = new Map<string, Date>();
  let timer: NodeJS.Timeout | null = null;
  const ttlMs = deps.retention.eventMs;

  const flush = () => {
    for (const [eventId, claimedAt] of pending) {
      try {
        claimSlackEvent(deps.db, eventId, { now: claimedAt, ttlMs });
        pending.delete(eventId);
      } catch (error) {
        if (isLocked(error)) break;
        pending.delete(eventId);
        deps.logger.error(`recording event ${eventId} failed:`, error);
      }
    }
    if (pending.size === 0 && timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  };

  const claim = (eventId: string): boolean => {
    if (pending.has(eventId)) return false;
    const now = deps.now();
    try {
      return claimSlackEvent(deps.db, eventId, { now, ttlMs });
    } catch (error) {
      if (!isLocked(error)) throw error;
    }
    if (isSlackEventClaimed(deps.db, eventId, now)) return false;
    pending.set(eventId, now);
    timer ??= setInterval(flush, FLUSH_INTERVAL_MS).unref();
    return true;
  };

  const middleware: Middleware<AnyMiddlewareArgs> = async ({ body, context, next }) => {
    const eventId = "event_id" in body && typeof body.event_id === "string" ? body.event_id : null;
    if (eventId !== null && !claim(eventId)) {
      deps.logger.info(
        `dropping redelivered event ${eventId} (retry ${context.retryNum ?? "?"}, ${context.retryReason ?? "no reason given"})`,
      );
      return;
    }
    if (eventId !== null && context.retryNum !== undefined) {
      deps.logger.info(
        `answering event ${eventId} first seen on retry ${context.retryNum} (${context.retryReason ?? "no reason given"})`,
      );
    }
    await next();
  };
  return Object.assign(middleware, { flush });
}
