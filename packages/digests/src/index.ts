export { createDigestCommand, DIGEST_HELP, type DigestCommandArgs, type DigestCommandDeps } from "./digest-command.ts";
export { createDigestScheduler, type DigestScheduler, type DigestSchedulerDeps } from "./digest-scheduler.ts";
export { describeSubscriptions } from "./subscription-list.ts";
export { runDueDigests, type DigestRunSummary } from "./run-due-digests.ts";
export { deliverNewReportDigests } from "./deliver-new-report-digests.ts";
export { DEFAULT_DELIVERY_POLICY, deliveryPolicyFromEnv, type DeliveryPolicy } from "./delivery-policy.ts";
export { digestMessages, SLACK_LIMITS, type MessageLimits } from "./digest-blocks.ts";
export {
  parseDigestRequest,
  DigestUsageError,
  type DigestRequest,
  type DigestSchedule,
} from "./parse-digest-request.ts";
export { DIGEST_TIMEZONE, latestDueSlot, nextSlot } from "./schedule.ts";
export {
  createFetchSlackClient,
  SlackApiError,
  type DigestBlock,
  type DigestMessage,
  type DigestSlackClient,
  type HistoryMessage,
  type MessageMetadata,
} from "./slack-client.ts";
export { DIGEST_PART_EVENT, findPostedParts, partMetadata } from "./posted-parts.ts";
