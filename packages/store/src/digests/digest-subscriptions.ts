import type { DigestSubscription, NewDigestSubscription } from "./digest-records.ts";
import type { Db } from "../open-database.ts";
import { statement } from "../statements.ts";

interface SubscriptionRow {
  id: number;
  channel_id: string;
  channel_name: string | null;
  organisations: string;
  cron: string | null;
  schedule_text: string | null;
  timezone: string;
  periodic: number;
  new_report: number;
  skip_unchanged: number;
  created_by: string;
  created_at: string;
}

const COLUMNS = `id, channel_id, channel_name, organisations, cron, schedule_text, timezone, periodic, new_report,
  skip_unchanged, created_by, created_at`;

/** Saves a subscription and returns it with its id. */
export function addDigestSubscription(db: Db, subscription: NewDigestSubscription, now: Date): DigestSubscription {
  const row = statement<Record<string, string | number | null>, SubscriptionRow>(
    db,
    `INSERT INTO digest_subscription (channel_id, channel_name, organisations, cron, schedule_text, timezone, periodic,
       new_report, skip_unchanged, created_by, created_at)
     VALUES (@channelId, @channelName, @organisations, @cron, @scheduleText, @timezone, @periodic, @newReport,
       @skipUnchanged, @createdBy, @createdAt)
     RETURNING ${COLUMNS}`,
  ).get({
    channelId: subscription.channelId,
    channelName: subscription.channelName,
    organisations: JSON.stringify(subscription.organisations),
    cron: subscription.cron,
    scheduleText: subscription.scheduleText,
    timezone: subscription.timezone,
    periodic: subscription.periodic ? 1 : 0,
    newReport: subscription.newReport ? 1 : 0,
    skipUnchanged: subscription.skipUnchanged ? 1 : 0,
    createdBy: subscription.createdBy,
    createdAt: now.toISOString(),
  });
  if (row === undefined) throw new Error("INSERT … RETURNING returned no row");
  return toSubscription(row);
}

/** Every subscription, oldest first. */
export function listDigestSubscriptions(db: Db): DigestSubscription[] {
  return statement<[], SubscriptionRow>(db, `SELECT ${COLUMNS} FROM digest_subscription ORDER BY id`)
    .all()
    .map(toSubscription);
}

export function getDigestSubscription(db: Db, id: number): DigestSubscription | null {
  const row = statement<{ id: number }, SubscriptionRow>(
    db,
    `SELECT ${COLUMNS} FROM digest_subscription WHERE id = @id`,
  ).get({ id });
  return row === undefined ? null : toSubscription(row);
}

/** Deletes a subscription and its delivery history; false when there was none with that id. */
export function removeDigestSubscription(db: Db, id: number): boolean {
  return statement<{ id: number }>(db, "DELETE FROM digest_subscription WHERE id = @id").run({ id }).changes > 0;
}

function toSubscription(row: SubscriptionRow): DigestSubscription {
  const organisations: unknown = JSON.parse(row.organisations);
  return {
    id: row.id,
    channelId: row.channel_id,
    channelName: row.channel_name,
    organisations: Array.isArray(organisations)
      ? organisations.filter((name): name is string => typeof name === "string")
      : [],
    cron: row.cron,
    scheduleText: row.schedule_text,
    timezone: row.timezone,
    periodic: row.periodic === 1,
    newReport: row.new_report === 1,
    skipUnchanged: row.skip_unchanged === 1,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}
