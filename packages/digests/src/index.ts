export { createDigestCommand, DIGEST_HELP, type DigestCommandArgs, type DigestCommandDeps } from "./digest-command.ts";
export { createDigestScheduler, type DigestScheduler, type DigestSchedulerDeps } from "./digest-scheduler.ts";
export { describeSubscriptions } from "./subscription-list.ts";
export { runDueDigests, type DigestRunSummary } from "./run-due-digests.ts";
export { deliverNewReportDigests } from "./deliver-new-report-digests.ts";
export { DEFAULT_DELIVERY_POLICY, deliveryPolicyFromEnv, type DeliveryPolicy } from "./delivery-policy.ts";
export { digestMessages } from "./slack-messages/digest-messages.ts";
export { chunkLines, SLACK_LIMITS } from "./slack-messages/slack-limits.ts";
export {
  parseDigestRequest,
  DigestUsageError,
  type DigestRequest,
  type DigestSchedule,
} from "./parse-digest-request.ts";
export { DIGEST_TIMEZONE, latestDueSlot, nextSlot } from "./schedule.ts";
export { createDigestSlackClient, DIGEST_TIMEOUT_MS, type DigestClientOptions } from "./web-slack-client.ts";
export {
  slackErrorCode,
  type DigestBlock,
  type DigestMessage,
  type DigestSlackClient,
  type HistoryMessage,
  type MessageMetadata,
  type TableBlock,
  type TableCell,
} from "./slack-client.ts";
export { DIGEST_PART_EVENT, findPostedParts, partMetadata } from "./posted-parts.ts";
