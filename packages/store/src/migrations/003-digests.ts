import type { Migration } from "./migration.ts";

/**
 * Scheduled digests: subscriptions (channel, scope, cron schedule, kinds) and one delivery row per
 * subscription and slot ("at:<ISO time>" for a scheduled run, "report:<checksum>" for a new report).
 * UNIQUE (subscription_id, slot) is what makes a delivery happen once across restarts and processes.
 */
export const migration003: Migration = {
  version: 3,
  name: "digests",
  sql: `
CREATE TABLE digest_subscription (
  id INTEGER PRIMARY KEY,
  channel_id TEXT NOT NULL,
  channel_name TEXT,
  organisations TEXT NOT NULL CHECK (json_valid(organisations)),
  cron TEXT,
  schedule_text TEXT,
  timezone TEXT NOT NULL,
  periodic INTEGER NOT NULL CHECK (periodic IN (0, 1)),
  new_report INTEGER NOT NULL CHECK (new_report IN (0, 1)),
  skip_unchanged INTEGER NOT NULL CHECK (skip_unchanged IN (0, 1)),
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  CHECK (periodic = 0 OR cron IS NOT NULL),
  CHECK (periodic = 1 OR new_report = 1)
) STRICT;

CREATE TABLE digest_delivery (
  id INTEGER PRIMARY KEY,
  subscription_id INTEGER NOT NULL REFERENCES digest_subscription(id) ON DELETE CASCADE,
  slot TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('periodic', 'new-report')),
  status TEXT NOT NULL CHECK (status IN ('sending', 'sent', 'skipped', 'retry', 'failed')),
  attempts INTEGER NOT NULL,
  error TEXT,
  content_key TEXT,
  message_ts TEXT,
  parts_sent INTEGER NOT NULL DEFAULT 0,
  claimed_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  next_attempt_at TEXT,
  UNIQUE (subscription_id, slot)
) STRICT;
CREATE INDEX digest_delivery_retry ON digest_delivery (next_attempt_at) WHERE status = 'retry';
CREATE INDEX digest_delivery_sending ON digest_delivery (updated_at) WHERE status = 'sending';
`,
};
