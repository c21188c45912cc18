import { isDigestEmpty } from "@tertial/engine";
import {
  claimDigestSlot,
  claimedDigestSlots,
  failDelivery,
  finishDelivery,
  getDigestSubscription,
  lastSentDelivery,
  listDigestSubscriptions,
  resumeInterruptedDeliveries,
  takeDueRetries,
  type Db,
  type DigestDelivery,
  type DigestSubscription,
} from "@tertial/store";
import { deliverNewReportDigests } from "./deliver-new-report-digests.ts";
import { newReportDigest, periodicDigest, periodicSlot, reportForSlot } from "./digest-content.ts";
import { DEFAULT_DELIVERY_POLICY, type DeliveryPolicy } from "./delivery-policy.ts";
import { postDelivery, type PostOutcome } from "./post-delivery.ts";
import { latestDueSlot } from "./schedule.ts";
import type { DigestSlackClient } from "./slack-client.ts";

export interface DigestRunSummary {
  sent: number;
  skipped: number;
  retrying: number;
  failed: number;
  /** Deliveries found stuck in "sending" (their process stopped) and resumed; their outcome is counted too. */
  interrupted: number;
}

const HOUR = 3_600_000;

/**
 * Runs whatever is due at `now`: resumes interrupted sends, retries failed posts whose backoff
 * has passed, posts each periodic subscription's latest scheduled slot if it is within the catch-up
 * window and not yet claimed, then the new-report digests. Every post is claimed in the database
 * first, so a restart or a second process never posts the same slot twice.
 */
export async function runDueDigests(
  db: Db,
  client: DigestSlackClient,
  now: Date,
  policy: DeliveryPolicy = DEFAULT_DELIVERY_POLICY,
): Promise<DigestRunSummary> {
  const summary: DigestRunSummary = { sent: 0, skipped: 0, retrying: 0, failed: 0, interrupted: 0 };
  const count = (outcome: PostOutcome | "skipped") => {
    if (outcome === "retry") summary.retrying += 1;
    else summary[outcome] += 1;
  };
  summary.interrupted = resumeInterruptedDeliveries(db, {
    now,
    staleBefore: new Date(now.getTime() - policy.staleMinutes * 60_000),
    maxAttempts: policy.maxAttempts,
    isAlive: processIsAlive,
  });
  for (const delivery of takeDueRetries(db, now)) count(await retryDelivery(db, client, delivery, now, policy));
  for (const subscription of listDigestSubscriptions(db)) {
    if (!subscription.periodic || subscription.cron === null) continue;
    const since = new Date(Math.max(Date.parse(subscription.createdAt), now.getTime() - policy.catchupHours * HOUR));
    const slotTime = latestDueSlot(subscription.cron, subscription.timezone, now, since);
    if (slotTime === null || claimedDigestSlots(db, subscription.id).has(periodicSlot(slotTime))) continue;
    const delivery = claimDigestSlot(db, {
      subscriptionId: subscription.id,
      slot: periodicSlot(slotTime),
      kind: "periodic",
      now,
    });
    if (delivery !== null) count(await runPeriodic(db, client, delivery, subscription, now, policy));
  }
  for (const outcome of await deliverNewReportDigests(db, client, now, policy)) count(outcome);
  return summary;
}

async function runPeriodic(
  db: Db,
  client: DigestSlackClient,
  delivery: DigestDelivery,
  subscription: DigestSubscription,
  now: Date,
  policy: DeliveryPolicy,
): Promise<PostOutcome | "skipped"> {
  const digest = periodicDigest(db, subscription);
  if (subscription.skipUnchanged) {
    const note = isDigestEmpty(digest)
      ? "inget att rapportera"
      : lastSentDelivery(db, subscription.id, "periodic")?.contentKey === digest.contentKey
        ? "inget nytt sedan förra digesten"
        : null;
    if (note !== null) {
      finishDelivery(db, delivery.id, { status: "skipped", now, contentKey: digest.contentKey, note });
      return "skipped";
    }
  }
  return postDelivery(db, client, { delivery, subscription, digest: () => digest, now, policy });
}

async function retryDelivery(
  db: Db,
  client: DigestSlackClient,
  delivery: DigestDelivery,
  now: Date,
  policy: DeliveryPolicy,
): Promise<PostOutcome> {
  const subscription = getDigestSubscription(db, delivery.subscriptionId);
  if (subscription === null) return "failed";
  if (delivery.kind === "periodic")
    return postDelivery(db, client, {
      delivery,
      subscription,
      digest: () => periodicDigest(db, subscription),
      now,
      policy,
    });
  // Stored parts or not, a report that was replaced or removed is not posted about any more.
  const report = reportForSlot(db, delivery.slot);
  if (report === null) {
    failDelivery(db, delivery.id, {
      now,
      error: `${delivery.error ?? "fel"}; rapporten har ersatts eller tagits bort`,
      retryAt: null,
    });
    return "failed";
  }
  return postDelivery(db, client, {
    delivery,
    subscription,
    digest: () => newReportDigest(db, report),
    now,
    policy,
  });
}

/** True when a process with this id runs on this machine (the database is local, so its writers are too). */
function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && "code" in error && error.code === "EPERM";
  }
}
