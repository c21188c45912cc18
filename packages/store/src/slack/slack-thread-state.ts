import type { Db } from "../open-database.ts";
import { statement } from "../statements.ts";

/** Where a Slack conversation lives: a channel (or DM) and the thread's root ts ("" for a DM's main stream). */
export interface SlackThreadKey {
  channelId: string;
  threadTs: string;
}

interface StateRow {
  state: string;
}

type Params = Record<string, string>;

/**
 * The conversation state saved for a thread as parsed JSON, or null when there is none or it expired
 * at `now`. The caller validates the shape (it belongs to the engine, not the store).
 */
export function readThreadState(db: Db, key: SlackThreadKey, now: Date): unknown {
  const row = statement<Params, StateRow>(
    db,
    `SELECT state FROM slack_thread_state
      WHERE channel_id = @channelId AND thread_ts = @threadTs AND expires_at > @now`,
  ).get({ channelId: key.channelId, threadTs: key.threadTs, now: now.toISOString() });
  return row === undefined ? null : (JSON.parse(row.state) as unknown);
}

/** Saves (or replaces) a thread's state; it is forgotten `ttlMs` after `now`. */
export function saveThreadState(
  db: Db,
  key: SlackThreadKey,
  state: unknown,
  options: { now: Date; ttlMs: number },
): void {
  statement<Params>(
    db,
    `INSERT INTO slack_thread_state (channel_id, thread_ts, state, updated_at, expires_at)
     VALUES (@channelId, @threadTs, @state, @now, @expiresAt)
     ON CONFLICT (channel_id, thread_ts) DO UPDATE
       SET state = excluded.state, updated_at = excluded.updated_at, expires_at = excluded.expires_at`,
  ).run({
    channelId: key.channelId,
    threadTs: key.threadTs,
    state: JSON.stringify(state),
    now: options.now.toISOString(),
    expiresAt: new Date(options.now.getTime() + options.ttlMs).toISOString(),
  });
}
