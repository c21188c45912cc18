import type { DeliveryKind, DeliveryStatus, DigestDelivery } from "./digest-records.ts";
import type { Db } from "../open-database.ts";
import { statement } from "../statements.ts";

interface DeliveryRow {
  id: number;
  subscription_id: number;
  slot: string;
  kind: string;
  status: string;
  attempts: number;
  error: string | null;
  content_key: string | null;
  message_ts: string | null;
  parts_sent: number;
  claimed_at: string;
  updated_at: string;
  next_attempt_at: string | null;
}

const COLUMNS = `id, subscription_id, slot, kind, status, attempts, error, content_key, message_ts, parts_sent, claimed_at,
  updated_at, next_attempt_at`;

type Params = Record<string, string | number | null>;

/**
 * Claims one delivery slot for this process: inserts (subscription, slot) with status "sending" in a
 * BEGIN IMMEDIATE transaction. Returns the new delivery, or null when the slot was already claimed
 * (by this or another process, now or before a restart) or the subscription no longer exists.
 */
export function claimDigestSlot(
  db: Db,
  claim: { subscriptionId: number; slot: string; kind: DeliveryKind; now: Date },
): DigestDelivery | null {
  const insert = statement<Params, DeliveryRow>(
    db,
    `INSERT INTO digest_delivery (subscription_id, slot, kind, status, attempts, claimed_at, updated_at, owner_pid)
     SELECT @subscriptionId, @slot, @kind, 'sending', 1, @now, @now, @pid
      WHERE EXISTS (SELECT 1 FROM digest_subscription WHERE id = @subscriptionId)
     ON CONFLICT (subscription_id, slot) DO NOTHING
     RETURNING ${COLUMNS}`,
  );
  const row = db
    .transaction(() =>
      insert.get({
        subscriptionId: claim.subscriptionId,
        slot: claim.slot,
        kind: claim.kind,
        now: claim.now.toISOString(),
        pid: process.pid,
      }),
    )
    .immediate();
  return row === undefined ? null : toDelivery(row);
}

/** Notes that one more message of the delivery was posted (the first one's ts is kept). */
export function recordDeliveryPart(db: Db, id: number, part: { now: Date; messageTs: string | null }): void {
  statement<Params>(
    db,
    `UPDATE digest_delivery SET parts_sent = parts_sent + 1, message_ts = coalesce(message_ts, @messageTs), updated_at = @now
      WHERE id = @id`,
  ).run({ id, messageTs: part.messageTs, now: part.now.toISOString() });
}

/** Marks a delivery sent (every message posted) or skipped (nothing to post; `note` says why). */
export function finishDelivery(
  db: Db,
  id: number,
  result: { status: "sent" | "skipped"; now: Date; contentKey: string | null; note?: string },
): void {
  statement<Params>(
    db,
    `UPDATE digest_delivery SET status = @status, content_key = @contentKey, error = @note, updated_at = @now, next_attempt_at = NULL,
            parts = NULL
      WHERE id = @id`,
  ).run({
    id,
    status: result.status,
    contentKey: result.contentKey,
    note: result.note ?? null,
    now: result.now.toISOString(),
  });
}

/**
 * Records a failed attempt: status "retry" until `retryAt`, or "failed" for good when retryAt is null
 * (its stored parts are then dropped: nothing will post them).
 */
export function failDelivery(db: Db, id: number, failure: { now: Date; error: string; retryAt: Date | null }): void {
  statement<Params>(
    db,
    `UPDATE digest_delivery SET status = @status, error = @error, updated_at = @now, next_attempt_at = @retryAt,
            parts = CASE WHEN @retryAt IS NULL THEN NULL ELSE parts END
      WHERE id = @id`,
  ).run({
    id,
    status: failure.retryAt === null ? "failed" : "retry",
    error: failure.error,
    now: failure.now.toISOString(),
    retryAt: failure.retryAt?.toISOString() ?? null,
  });
}

/**
 * Takes the deliveries whose retry time has come: one UPDATE moves them back to "sending" and counts
 * the attempt, so of two processes only one gets each delivery.
 */
export function takeDueRetries(db: Db, now: Date): DigestDelivery[] {
  return statement<Params, DeliveryRow>(
    db,
    `UPDATE digest_delivery SET status = 'sending', attempts = attempts + 1, updated_at = @now, next_attempt_at = NULL,
            owner_pid = @pid
      WHERE status = 'retry' AND next_attempt_at <= @now
     RETURNING ${COLUMNS}`,
  )
    .all({ now: now.toISOString(), pid: process.pid })
    .map(toDelivery)
    .sort((a, b) => a.id - b.id);
}

/**
 * Deliveries left "sending" since before `staleBefore` (the process stopped while posting) become
 * "failed" with a note: they may or may not have been posted, so they are shown, never re-posted.
 */
export function failInterruptedDeliveries(db: Db, now: Date, staleBefore: Date): number {
  return statement<Params>(
    db,
    `UPDATE digest_delivery SET status = 'failed', updated_at = @now, parts = NULL,
            error = coalesce(error || '; ', '') || 'avbruten: processen stoppades under utskicket'
      WHERE status = 'sending' AND updated_at < @staleBefore`,
  ).run({ now: now.toISOString(), staleBefore: staleBefore.toISOString() }).changes;
}

/**
 * Deliveries left "sending" by a process that is gone (`isAlive(owner_pid)` false: killed while posting)
 * or since before `staleBefore` become due for a retry now, with a note. The retry first looks in the
 * channel for the parts already posted (message metadata) and resumes after the last one, so nothing
 * is posted twice. A delivery that has used its `maxAttempts` fails instead. Returns how many resumed.
 */
export function resumeInterruptedDeliveries(
  db: Db,
  options: { now: Date; staleBefore: Date; maxAttempts: number; isAlive: (pid: number) => boolean },
): number {
  const sending = statement<Params, { id: number; owner_pid: number | null; updated_at: string; attempts: number }>(
    db,
    "SELECT id, owner_pid, updated_at, attempts FROM digest_delivery WHERE status = 'sending'",
  ).all({});
  const now = options.now.toISOString();
  let resumed = 0;
  for (const row of sending) {
    const ownerGone = row.owner_pid !== null && row.owner_pid !== process.pid && !options.isAlive(row.owner_pid);
    if (!ownerGone && row.updated_at >= options.staleBefore.toISOString()) continue;
    const exhausted = row.attempts >= options.maxAttempts;
    const changes = statement<Params>(
      db,
      `UPDATE digest_delivery SET status = @status, updated_at = @now, next_attempt_at = @retryAt,
              error = coalesce(error || '; ', '') || @note, parts = CASE WHEN @retryAt IS NULL THEN NULL ELSE parts END
        WHERE id = @id AND status = 'sending' AND updated_at = @updatedAt`,
    ).run({
      id: row.id,
      status: exhausted ? "failed" : "retry",
      now,
      retryAt: exhausted ? null : now,
      updatedAt: row.updated_at,
      note: "avbruten: processen stoppades under utskicket",
    }).changes;
    resumed += changes;
  }
  return resumed;
}

/** A delivery's content, fixed when its first attempt began: its messages and the digest's content key. */
export interface DeliveryParts {
  /** The messages, in posting order, as stored (JSON values; the digests package knows their shape). */
  messages: unknown[];
  contentKey: string | null;
}

/**
 * Fixes a delivery's content: stores `content` unless the delivery already has stored parts (first
 * write wins, in one UPDATE), and returns the content the delivery now holds, which every attempt
 * posts. Null when the delivery row is gone.
 */
export function fixDeliveryParts(db: Db, id: number, content: DeliveryParts): DeliveryParts | null {
  statement<Params>(
    db,
    "UPDATE digest_delivery SET parts = @parts, content_key = @contentKey WHERE id = @id AND parts IS NULL",
  ).run({ id, parts: JSON.stringify(content.messages), contentKey: content.contentKey });
  return storedDeliveryParts(db, id);
}

/** The content stored for a delivery, or null: none stored (it began before they were, or is finished). */
export function storedDeliveryParts(db: Db, id: number): DeliveryParts | null {
  const row = statement<Params, { parts: string | null; content_key: string | null }>(
    db,
    "SELECT parts, content_key FROM digest_delivery WHERE id = @id",
  ).get({ id });
  if (row === undefined || row.parts === null) return null;
  return { messages: JSON.parse(row.parts) as unknown[], contentKey: row.content_key };
}

/** Sets how many of a delivery's messages are known to be in the channel (found there on a retry). */
export function setDeliveryParts(
  db: Db,
  id: number,
  parts: { now: Date; partsSent: number; messageTs: string | null },
): void {
  statement<Params>(
    db,
    `UPDATE digest_delivery SET parts_sent = @partsSent, message_ts = coalesce(message_ts, @messageTs), updated_at = @now
      WHERE id = @id`,
  ).run({ id, partsSent: parts.partsSent, messageTs: parts.messageTs, now: parts.now.toISOString() });
}

/** The latest delivery of a subscription that was actually posted, or null. */
export function lastSentDelivery(db: Db, subscriptionId: number, kind: DeliveryKind): DigestDelivery | null {
  const row = statement<Params, DeliveryRow>(
    db,
    `SELECT ${COLUMNS} FROM digest_delivery WHERE subscription_id = @subscriptionId AND kind = @kind AND status = 'sent'
      ORDER BY claimed_at DESC, id DESC LIMIT 1`,
  ).get({ subscriptionId, kind });
  return row === undefined ? null : toDelivery(row);
}

/** Every slot of a subscription that has a delivery row (whatever its status). */
export function claimedDigestSlots(db: Db, subscriptionId: number): Set<string> {
  return new Set(
    statement<Params, { slot: string }>(db, "SELECT slot FROM digest_delivery WHERE subscription_id = @subscriptionId")
      .all({ subscriptionId })
      .map((row) => row.slot),
  );
}

/** Deliveries, newest first; filtered by subscription and status when given. */
export function listDigestDeliveries(
  db: Db,
  filter: { subscriptionId?: number; statuses?: readonly DeliveryStatus[]; limit?: number } = {},
): DigestDelivery[] {
  return statement<Params, DeliveryRow>(
    db,
    `SELECT ${COLUMNS} FROM digest_delivery
      WHERE (@subscriptionId IS NULL OR subscription_id = @subscriptionId)
        AND (@statuses IS NULL OR status IN (SELECT value FROM json_each(@statuses)))
      ORDER BY claimed_at DESC, id DESC LIMIT @limit`,
  )
    .all({
      subscriptionId: filter.subscriptionId ?? null,
      statuses: filter.statuses === undefined ? null : JSON.stringify(filter.statuses),
      limit: filter.limit ?? -1,
    })
    .map(toDelivery);
}

function toDelivery(row: DeliveryRow): DigestDelivery {
  return {
    id: row.id,
    subscriptionId: row.subscription_id,
    slot: row.slot,
    kind: row.kind as DeliveryKind,
    status: row.status as DeliveryStatus,
    attempts: row.attempts,
    error: row.error,
    contentKey: row.content_key,
    messageTs: row.message_ts,
    partsSent: row.parts_sent,
    claimedAt: row.claimed_at,
    updatedAt: row.updated_at,
    nextAttemptAt: row.next_attempt_at,
  };
}
