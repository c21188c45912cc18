import type { Digest } from "@tertial/engine";
import {
  failDelivery,
  finishDelivery,
  fixDeliveryParts,
  recordDeliveryPart,
  setDeliveryParts,
  storedDeliveryParts,
  type Db,
  type DigestDelivery,
  type DigestSubscription,
} from "@tertial/store";
import { digestMessages } from "./slack-messages/digest-messages.ts";
import { retryTime, type DeliveryPolicy } from "./delivery-policy.ts";
import { findPostedParts, partMetadata } from "./posted-parts.ts";
import { slackErrorCode, type DigestMessage, type DigestSlackClient } from "./slack-client.ts";

export type PostOutcome = "sent" | "retry" | "failed";

/**
 * Posts a claimed delivery's messages, each carrying metadata (delivery id, slot, part): the summary in
 * the channel, then the details as replies in its thread. Records the result: sent, or on a Slack error
 * "retry" (with backoff) until the attempts are used up, then "failed" with the error. Never throws for
 * a Slack error.
 *
 * Exactly once: a retry (attempt 2 or later, also after a process was killed mid-post) first reads the
 * channel's history and the summary's thread for this delivery's parts and resumes after the last one
 * found, in the same thread, so a part Slack stored before an error (a 500 after the write, a timeout,
 * kill -9 before the database heard of it) is never posted again. chat.postMessage is retried by the
 * client only after a 429, when Slack stored nothing.
 *
 * Fixed content: the messages are rendered once, when the first attempt begins, and stored with the
 * delivery before anything is posted; every later attempt posts the stored messages (`digest` is not
 * called then), so reports loaded between attempts never mix a new table into an old thread, and the
 * part count and order stay those of the first attempt. A delivery that began before parts were stored
 * (schema 9 or older) has none: its retry renders the digest once more, as tertial did then, and stores
 * that for any later attempt.
 */
export async function postDelivery(
  db: Db,
  client: DigestSlackClient,
  context: {
    delivery: DigestDelivery;
    subscription: DigestSubscription;
    /** Builds the digest; called only when the delivery has no stored messages yet. */
    digest: () => Digest;
    now: Date;
    policy: DeliveryPolicy;
  },
): Promise<PostOutcome> {
  const { delivery, subscription, digest, now, policy } = context;
  const content = deliveryContent(db, delivery.id, digest);
  const { messages } = content;
  const fail = (error: unknown, index: number | null): PostOutcome => {
    const retryAt = retryTime(policy, delivery.attempts, now);
    const part =
      index === null
        ? " (kunde inte läsa kanalens historik före nytt försök)"
        : messages.length > 1
          ? ` (meddelande ${index + 1} av ${messages.length})`
          : "";
    failDelivery(db, delivery.id, { now, error: `${slackErrorCode(error)}${part}`, retryAt });
    return retryAt === null ? "failed" : "retry";
  };
  let start = delivery.partsSent;
  let threadTs = delivery.messageTs;
  if (delivery.attempts > 1) {
    try {
      const found = await findPostedParts(client, subscription.channelId, delivery);
      start = Math.max(start, found.next);
      threadTs = found.firstTs ?? threadTs;
      setDeliveryParts(db, delivery.id, { now, partsSent: start, messageTs: found.firstTs });
    } catch (error) {
      return fail(error, null);
    }
  }
  for (const [index, message] of messages.entries()) {
    if (index < start) continue;
    // Part 0 is the summary in the channel; every later part is a reply in its thread.
    if (index > 0 && threadTs === null) return fail(new Error("sammanfattningens ts saknas"), index);
    try {
      const response = await client.chat.postMessage({
        channel: subscription.channelId,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        unfurl_media: false,
        metadata: partMetadata(delivery, index, messages.length),
        ...(index > 0 && threadTs !== null ? { thread_ts: threadTs } : {}),
      });
      if (index === 0) threadTs = response.ts ?? null;
      recordDeliveryPart(db, delivery.id, { now, messageTs: response.ts ?? null });
    } catch (error) {
      return fail(error, index);
    }
  }
  finishDelivery(db, delivery.id, { status: "sent", now, contentKey: content.contentKey });
  return "sent";
}

/**
 * The delivery's messages: those stored with it, else rendered from the digest and stored first (the
 * store keeps the first content written, so of two writers both post the same).
 */
function deliveryContent(
  db: Db,
  id: number,
  digest: () => Digest,
): { messages: DigestMessage[]; contentKey: string | null } {
  const stored = storedDeliveryParts(db, id);
  if (stored !== null) return { messages: stored.messages as DigestMessage[], contentKey: stored.contentKey };
  const built = digest();
  const rendered = { messages: digestMessages(built), contentKey: built.contentKey };
  const fixed = fixDeliveryParts(db, id, rendered);
  return fixed === null ? rendered : { messages: fixed.messages as DigestMessage[], contentKey: fixed.contentKey };
}
