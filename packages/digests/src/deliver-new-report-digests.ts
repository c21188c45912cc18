import { claimDigestSlot, claimedDigestSlots, listDigestSubscriptions, listReports, type Db } from "@tertial/store";
import { coversReport, newReportDigest, reportSlot } from "./digest-content.ts";
import { DEFAULT_DELIVERY_POLICY, type DeliveryPolicy } from "./delivery-policy.ts";
import { postDelivery, type PostOutcome } from "./post-delivery.ts";
import type { DigestSlackClient } from "./slack-client.ts";

/**
 * Posts each report's digest once to every "new report" subscription covering it, for reports
 * loaded (added or replaced) since the subscription was made and not yet claimed for it. The claim
 * is keyed by subscription + report checksum, so a replaced report (new checksum) is posted again.
 * Called by the scheduler tick and after a load in the bot process.
 */
export async function deliverNewReportDigests(
  db: Db,
  client: DigestSlackClient,
  now: Date,
  policy: DeliveryPolicy = DEFAULT_DELIVERY_POLICY,
): Promise<PostOutcome[]> {
  const outcomes: PostOutcome[] = [];
  const reports = listReports(db);
  for (const subscription of listDigestSubscriptions(db)) {
    if (!subscription.newReport) continue;
    const claimed = claimedDigestSlots(db, subscription.id);
    for (const report of reports) {
      if (
        report.loadedAt < subscription.createdAt ||
        claimed.has(reportSlot(report)) ||
        !coversReport(subscription, report)
      )
        continue;
      const delivery = claimDigestSlot(db, {
        subscriptionId: subscription.id,
        slot: reportSlot(report),
        kind: "new-report",
        now,
      });
      if (delivery === null) continue;
      outcomes.push(
        await postDelivery(db, client, {
          delivery,
          subscription,
          digest: () => newReportDigest(db, report),
          now,
          policy,
        }),
      );
    }
  }
  return outcomes;
}
