import type { DigestSlackClient, HistoryMessage, MessageMetadata } from "./slack-client.ts";

/** The metadata event type of a digest message. */
export const DIGEST_PART_EVENT = "tertial_digest_part";

/** Pages of history read at most when looking for the parts of one delivery (200 messages each). */
const MAX_PAGES = 10;
/** Slack's clock and ours may differ a little: look this far before the delivery was claimed. */
const CLOCK_MARGIN_MS = 10 * 60_000;

/** Tells one delivery's messages from any other's: its id, slot and claim time (another database reuses ids). */
interface DeliveryKey {
  id: number;
  slot: string;
  claimedAt: string;
}

/** The metadata a digest message carries: which delivery (id, slot, claim time) and which part. */
export function partMetadata(delivery: DeliveryKey, part: number, parts: number): MessageMetadata {
  return {
    event_type: DIGEST_PART_EVENT,
    event_payload: { delivery: delivery.id, slot: delivery.slot, claimed: delivery.claimedAt, part, parts },
  };
}

/**
 * The parts of `delivery` already in the channel: part 0 (the summary) from conversations.history since
 * the delivery was claimed, the replies from conversations.replies of its thread (of `knownTs`, the
 * summary's ts the database holds, when history no longer shows it). Returns { next: the part to post
 * next (after the last one found), firstTs: the summary's ts }. Throws when Slack cannot be read (the
 * caller then retries later rather than posting blind).
 */
export async function findPostedParts(
  client: DigestSlackClient,
  channel: string,
  delivery: DeliveryKey & { messageTs?: string | null },
): Promise<{ next: number; firstTs: string | null }> {
  const oldest = String((Date.parse(delivery.claimedAt) - CLOCK_MARGIN_MS) / 1000);
  let next = 0;
  let firstTs: string | null = null;
  const see = (messages: readonly HistoryMessage[]) => {
    for (const message of messages) {
      const part = partOf(message, delivery);
      if (part === null) continue;
      next = Math.max(next, part + 1);
      if (part === 0) firstTs = message.ts ?? null;
    }
  };
  await readPages((cursor) =>
    client.conversations.history({ channel, oldest, limit: 200, include_all_metadata: true, ...cursor }),
  ).then(see);
  const threadTs = firstTs ?? delivery.messageTs ?? null;
  if (threadTs !== null) {
    await readPages((cursor) =>
      client.conversations.replies({ channel, ts: threadTs, limit: 200, include_all_metadata: true, ...cursor }),
    ).then(see);
    firstTs ??= threadTs;
  }
  return { next, firstTs };
}

type Page = { messages?: HistoryMessage[]; response_metadata?: { next_cursor?: string } };

/** Up to MAX_PAGES pages of a cursor-paginated list. */
async function readPages(read: (cursor: { cursor?: string }) => Promise<Page>): Promise<HistoryMessage[]> {
  const messages: HistoryMessage[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await read(cursor === undefined ? {} : { cursor });
    messages.push(...(result.messages ?? []));
    cursor = result.response_metadata?.next_cursor;
    if (cursor === undefined || cursor === "") break;
  }
  return messages;
}

/** The 0-based part number when `message` is a part of `delivery`, else null. */
function partOf(message: HistoryMessage, delivery: DeliveryKey): number | null {
  const metadata = message.metadata;
  if (metadata?.event_type !== DIGEST_PART_EVENT) return null;
  const payload = metadata.event_payload ?? {};
  if (Number(payload["delivery"]) !== delivery.id || payload["slot"] !== delivery.slot) return null;
  if (payload["claimed"] !== delivery.claimedAt) return null;
  const part = Number(payload["part"]);
  return Number.isInteger(part) && part >= 0 ? part : null;
}
