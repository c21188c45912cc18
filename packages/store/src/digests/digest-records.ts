/** A channel's digest subscription. */
export interface DigestSubscription {
  id: number;
  channelId: string;
  /** The channel name as Slack sent it in <#C123|name>, for display; null when unknown. */
  channelName: string | null;
  /** Organisation names; empty = every organisation. */
  organisations: string[];
  /** Five-field cron pattern in `timezone`; null for a new-report-only subscription. */
  cron: string | null;
  /** The schedule as the user typed it ("måndag 08:00"), for display. */
  scheduleText: string | null;
  timezone: string;
  /** Post the digest on the schedule. */
  periodic: boolean;
  /** Post a report's digest once after it is loaded (added or replaced). */
  newReport: boolean;
  /** Skip a scheduled digest when there is nothing to report or nothing new since the last one. */
  skipUnchanged: boolean;
  createdBy: string;
  /** ISO time. */
  createdAt: string;
}

export type NewDigestSubscription = Omit<DigestSubscription, "id" | "createdAt">;

export type DeliveryKind = "periodic" | "new-report";

/** sending: claimed, being posted; retry: failed, waiting for `nextAttemptAt`; failed: gave up. */
export type DeliveryStatus = "sending" | "sent" | "skipped" | "retry" | "failed";

export interface DigestDelivery {
  id: number;
  subscriptionId: number;
  /** "at:<ISO time of the scheduled run>" or "report:<report checksum>". */
  slot: string;
  kind: DeliveryKind;
  status: DeliveryStatus;
  attempts: number;
  /** The last failure, or why it was skipped. */
  error: string | null;
  /** Digest contentKey of what was posted (for skip-when-unchanged). */
  contentKey: string | null;
  /** Slack ts of the first message posted. */
  messageTs: string | null;
  /** Messages of this digest already posted: a retry continues after them instead of posting them twice. */
  partsSent: number;
  claimedAt: string;
  updatedAt: string;
  nextAttemptAt: string | null;
}
