import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import { claimSlackEvent, isSlackEventClaimed } from "@tertial/store";
import type { BotDeps } from "../deps.ts";
import { isLocked } from "../when-unlocked.ts";

/**
 * Global middleware: an Events API delivery whose event_id was already handled is dropped (Bolt has
 * acknowledged it already), so a redelivery never produces a second answer, across restarts too.
 * X-Slack-Retry-Num only decides the log line: a retry whose first delivery never reached us is answered.
 *
 * The claim never waits for a load's write lock: when the database is locked, the id is claimed in
 * memory (after a read, which WAL never blocks, found no earlier claim) and queued in deps.writes, which
 * records it in SQLite as soon as the lock is free, so the dedupe still survives a restart.
 */
export function createDedupeEvents(deps: BotDeps): Middleware<AnyMiddlewareArgs> {
  /** Ids claimed in memory, not yet in SQLite. */
  const pending = new Set<string>();
  const ttlMs = deps.retention.eventMs;

  const claim = (eventId: string): boolean => {
    if (pending.has(eventId)) return false;
    const now = deps.now();
    if (deps.writes.size === 0) {
      try {
        return claimSlackEvent(deps.db, eventId, { now, ttlMs });
      } catch (error) {
        if (!isLocked(error)) throw error;
      }
    }
    if (isSlackEventClaimed(deps.db, eventId, now)) return false;
    pending.add(eventId);
    deps.writes
      .run(() => claimSlackEvent(deps.db, eventId, { now, ttlMs }))
      .catch((error: unknown) => deps.logger.error(`recording event ${eventId} failed:`, error))
      .finally(() => pending.delete(eventId));
    return true;
  };

  return async ({ body, context, next }) => {
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
}
