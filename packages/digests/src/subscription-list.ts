import { listDigestDeliveries, listDigestSubscriptions, type Db } from "@tertial/store";
import { formatSubscription } from "./format-subscriptions.ts";

/** Deliveries shown per subscription: the latest, and failures among the few before it. */
const RECENT_DELIVERIES = 5;

/**
 * Every subscription as one mrkdwn text (channel, schedule and next run, scope, latest delivery and
 * recent failures), oldest first: what `/tertial digest list` and an admin's App Home show.
 */
export function describeSubscriptions(db: Db, now: Date): string[] {
  return listDigestSubscriptions(db).map((subscription) =>
    formatSubscription(
      subscription,
      listDigestDeliveries(db, { subscriptionId: subscription.id, limit: RECENT_DELIVERIES }),
      now,
    ),
  );
}
