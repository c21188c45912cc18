import type { Db } from "../open-database.ts";
import { statement } from "../statements.ts";

type Params = Record<string, string>;

/**
 * Records a Slack Events API event id; true the first time, false when it was already recorded and has
 * not expired (a redelivery). An insert-or-ignore on the primary key, so two processes cannot both win.
 * An expired row is replaced, so a very late redelivery counts as new.
 */
export function claimSlackEvent(db: Db, eventId: string, options: { now: Date; ttlMs: number }): boolean {
  const now = options.now.toISOString();
  const result = statement<Params>(
    db,
    `INSERT INTO slack_event (event_id, received_at, expires_at) VALUES (@eventId, @now, @expiresAt)
     ON CONFLICT (event_id) DO UPDATE SET received_at = excluded.received_at, expires_at = excluded.expires_at
       WHERE slack_event.expires_at <= excluded.received_at`,
  ).run({ eventId, now, expiresAt: new Date(options.now.getTime() + options.ttlMs).toISOString() });
  return result.changes === 1;
}

/** True when `eventId` was recorded and has not expired at `now` (a read: never waits for a writer in WAL mode). */
export function isSlackEventClaimed(db: Db, eventId: string, now: Date): boolean {
  return (
    statement<Params, { found: number }>(
      db,
      "SELECT 1 AS found FROM slack_event WHERE event_id = @eventId AND expires_at > @now",
    ).get({ eventId, now: now.toISOString() }) !== undefined
  );
}

/** Deletes expired Slack rows (events, thread states, answers); returns how many went. */
export function purgeExpiredSlackRows(db: Db, now: Date): number {
  const params = { now: now.toISOString() };
  return db.transaction(() => {
    let deleted = 0;
    for (const table of ["slack_event", "slack_thread_state", "slack_answer"]) {
      deleted += statement<Params>(db, `DELETE FROM ${table} WHERE expires_at <= @now`).run(params).changes;
    }
    return deleted;
  })();
}
