import type { Db } from "../open-database.ts";
import { statement } from "../statements.ts";

/** A posted answer that was cut short; a "Show all" button carries its id. */
export interface SlackAnswerRecord {
  id: number;
  channelId: string;
  threadTs: string | null;
  question: string;
  /** The conversation state the question was asked with (parsed JSON), or null. */
  state: unknown;
  /** How many items the first message showed. */
  shown: number;
}

interface AnswerRow {
  id: number;
  channel_id: string;
  thread_ts: string | null;
  question: string;
  state: string | null;
  shown: number;
}

type Params = Record<string, string | number | null>;

/** Saves a cut-short answer for `ttlMs`; returns its id. */
export function saveSlackAnswer(
  db: Db,
  answer: Omit<SlackAnswerRecord, "id">,
  options: { now: Date; ttlMs: number },
): number {
  const row = statement<Params, { id: number }>(
    db,
    `INSERT INTO slack_answer (channel_id, thread_ts, question, state, shown, created_at, expires_at)
     VALUES (@channelId, @threadTs, @question, @state, @shown, @now, @expiresAt) RETURNING id`,
  ).get({
    channelId: answer.channelId,
    threadTs: answer.threadTs,
    question: answer.question,
    state: answer.state === null ? null : JSON.stringify(answer.state),
    shown: answer.shown,
    now: options.now.toISOString(),
    expiresAt: new Date(options.now.getTime() + options.ttlMs).toISOString(),
  });
  if (row === undefined) throw new Error("INSERT … RETURNING gave no row");
  return row.id;
}

/** The saved answer, or null when it does not exist or expired at `now`. */
export function readSlackAnswer(db: Db, id: number, now: Date): SlackAnswerRecord | null {
  const row = statement<Params, AnswerRow>(
    db,
    `SELECT id, channel_id, thread_ts, question, state, shown FROM slack_answer WHERE id = @id AND expires_at > @now`,
  ).get({ id, now: now.toISOString() });
  if (row === undefined) return null;
  return {
    id: row.id,
    channelId: row.channel_id,
    threadTs: row.thread_ts,
    question: row.question,
    state: row.state === null ? null : (JSON.parse(row.state) as unknown),
    shown: row.shown,
  };
}
