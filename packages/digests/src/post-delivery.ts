import type { Digest } from "@tertial/engine";
import {
  failDelivery,
  finishDelivery,
  recordDeliveryPart,
  type Db,
  type DigestDelivery,
  type DigestSubscription,
} from "@tertial/store";
import { digestMessages } from "./digest-blocks.ts";
import { retryTime, type DeliveryPolicy } from "./delivery-policy.ts";
import { slackErrorCode, type DigestSlackClient } from "./slack-client.ts";

export type PostOutcome = "sent" | "retry" | "failed";

/**
 * Posts a claimed delivery's messages, skipping those a previous attempt already posted, and records
 * the result: sent, or on a Slack error "retry" (with backoff) until the attempts are used up, then
 * "failed" with the error. Never throws for a Slack error.
 */
export async function postDelivery(
  db: Db,
  client: DigestSlackClient,
  context: {
    delivery: DigestDelivery;
    subscription: DigestSubscription;
    digest: Digest;
    now: Date;
    policy: DeliveryPolicy;
  },
): Promise<PostOutcome> {
  const { delivery, subscription, digest, now, policy } = context;
  const messages = digestMessages(digest);
  for (const [index, message] of messages.entries()) {
    if (index < delivery.partsSent) continue;
    try {
      const response = await client.chat.postMessage({
        channel: subscription.channelId,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        unfurl_media: false,
      });
      recordDeliveryPart(db, delivery.id, { now, messageTs: response.ts ?? null });
    } catch (error) {
      const retryAt = retryTime(policy, delivery.attempts, now);
      const part = messages.length > 1 ? ` (meddelande ${index + 1} av ${messages.length})` : "";
      failDelivery(db, delivery.id, { now, error: `${slackErrorCode(error)}${part}`, retryAt });
      return retryAt === null ? "failed" : "retry";
    }
  }
  finishDelivery(db, delivery.id, { status: "sent", now, contentKey: digest.contentKey });
  return "sent";
}
